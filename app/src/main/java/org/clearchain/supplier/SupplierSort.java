package org.clearchain.supplier;

import org.clearchain.common.ProblemException;

import java.util.Locale;

/** The orders a supplier list can be read in: {@code sort=name}, {@code sort=country,desc}, … */
public record SupplierSort(String column, boolean descending) {
    // column is one of the fixed names above, never text from the request

    static SupplierSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return new SupplierSort("name", false);
        }
        String[] parts = sort.split(",");
        String column = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
            case "name" -> "name";
            case "country" -> "country";
            case "tier" -> "tier";
            case "created", "createdat" -> "created_at";
            default -> throw ProblemException.invalidField("sort", "'" + parts[0] + "' is not a sort order; use name, country, tier or createdAt, optionally followed by ,asc or ,desc");
        };
        boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
        if (parts.length > 1 && !descending && !parts[1].strip().equalsIgnoreCase("asc")) {
            throw ProblemException.invalidField("sort", "direction must be asc or desc");
        }
        return new SupplierSort(column, descending);
    }
}
