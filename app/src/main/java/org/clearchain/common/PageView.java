package org.clearchain.common;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a list, with what a client needs to ask for the next one. */
@Serdeable
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageView<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageView<>(items, request.page(), request.size(), totalItems, pages);
    }
}
