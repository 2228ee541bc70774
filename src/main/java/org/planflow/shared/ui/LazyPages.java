package org.planflow.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;

/**
 * A grid over a paged service method: the grid asks for the rows it scrolls to, page by page, and the database
 * answers just those; the total is counted once per {@link #show}, which also tells it for the view's heading.
 */
public final class LazyPages {

    private LazyPages() {
    }

    /** Shows the list in the grid as it scrolls and answers its total. */
    public static <T> long show(Grid<T> grid, Function<PageRequest, PageOf<T>> pages) {
        long total = pages.apply(PageRequest.first(1)).total();
        int count = (int) Math.min(Integer.MAX_VALUE, total);
        grid.setItems(query -> rows(pages, query.getOffset(), query.getLimit()), query -> count);
        return total;
    }

    /** The rows from offset on, limit of them, in pages of the limit's size (two when the offset falls inside one). */
    static <T> Stream<T> rows(Function<PageRequest, PageOf<T>> pages, int offset, int limit) {
        int size = Math.min(Math.max(limit, 1), PageRequest.MAX_SIZE);
        List<T> rows = new ArrayList<>();
        int page = offset / size;
        int skip = offset % size;
        while (rows.size() < limit + skip) {
            List<T> items = pages.apply(new PageRequest(page++, size)).items();
            rows.addAll(items);
            if (items.size() < size) {
                break;
            }
        }
        return rows.stream().skip(skip).limit(limit);
    }
}
