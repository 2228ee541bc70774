package org.planflow.shared;

/**
 * Which page of a list to answer: {@code page} counts from 0, {@code size} entries a page. Services page in the
 * database with {@link #offset()} and {@link #size()} and count the whole list beside it.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw PagingProblem.PAGE_INVALID.at("page", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw PagingProblem.SIZE_INVALID.at("size", MAX_SIZE, size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The page a lazy view asks for by offset and limit; a view's offsets are whole pages of its limit. */
    public static PageRequest ofOffset(int offset, int limit) {
        int size = Math.min(Math.max(limit, 1), MAX_SIZE);
        return new PageRequest(offset / size, size);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
