package org.clearchain.web;

import io.micronaut.http.uri.UriBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The links of GOV.UK's pagination component for a list shown page by page: previous, next, the first and last
 * pages, the current one and its neighbours, with an ellipsis ({@code number} 0) where pages are left out. Pages are
 * counted from 1 in addresses, as people count them.
 */
public record Pagination(int current, int total, List<Item> items, String previous, String next) {

    /** @param href null for an ellipsis */
    public record Item(int number, String href, boolean current) {
        public boolean ellipsis() {
            return href == null;
        }
    }

    /**
     * @param current the page shown (from 1)
     * @param query   the list's other query values (empty ones are left out of the links)
     */
    public static Pagination of(String path, Map<String, String> query, int current, int total) {
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - current) <= 1) {
                if (last != 0 && n > last + 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(n, href(path, query, n), n == current));
                last = n;
            }
        }
        return new Pagination(current, total, items,
                current > 1 && current <= total ? href(path, query, current - 1) : null,
                current < total ? href(path, query, current + 1) : null);
    }

    public boolean shown() {
        return total > 1;
    }

    static String href(String path, Map<String, String> query, int page) {
        UriBuilder uri = UriBuilder.of(path);
        query.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.build().toString();
    }
}
