package org.planflow.shared;

/**
 * The one size limit of every upload (plan documents and breakdown tables to import, attachments,
 * evidence), from {@code planflow.upload.max-size}: upload components, the API's multipart parsing and
 * the services all refuse a larger file.
 */
public record UploadLimit(long bytes) {

    public UploadLimit {
        if (bytes <= 0) {
            throw new IllegalArgumentException("The upload limit must be positive, not " + bytes + " bytes");
        }
    }

    /** The limit as upload components take it. */
    public int componentBytes() {
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** Refuses content over the limit with {@link TooLargeException}, naming the file. */
    public void check(String fileName, byte[] content) {
        if (content.length > bytes) {
            throw new TooLargeException("The file " + fileName + " has " + content.length + " bytes; the limit is " + bytes + " bytes");
        }
    }
}
