package org.planflow.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and how many entries the list has in all, so no list ends without saying so: every list the
 * API answers is one of these ({@code {"items":[…],"page":0,"size":50,"total":1234}}).
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
    }

    public static <T> PageOf<T> of(List<T> items, PageRequest request, long total) {
        return new PageOf<>(items, request.page(), request.size(), total);
    }

    public <R> PageOf<R> map(Function<? super T, ? extends R> mapping) {
        return new PageOf<>(items.stream().<R>map(mapping).toList(), page, size, total);
    }
}
