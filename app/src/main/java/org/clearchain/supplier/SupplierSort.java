package org.clearchain.supplier;

import org.clearchain.common.ProblemException;

import java.util.Locale;

/** The orders a supplier list can be read in: {@code sort=name}, {@code sort=country,desc}, … */
public record SupplierSort(Key key, boolean descending) {

    public enum Key {
        NAME("s.name"), COUNTRY("s.country"), TIER("bl.tier"), CREATED_AT("s.created_at");

        // fixed SQL, never text from the request
        private final String column;

        Key(String column) {
            this.column = column;
        }
    }

    static SupplierSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return new SupplierSort(Key.NAME, false);
        }
        String[] parts = sort.split(",");
        Key key = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
            case "name" -> Key.NAME;
            case "country" -> Key.COUNTRY;
            case "tier" -> Key.TIER;
            case "created", "createdat" -> Key.CREATED_AT;
            default -> throw ProblemException.invalidField("sort", "'" + parts[0] + "' is not a sort order; use name, country,"
                    + " tier or createdAt, optionally followed by ,asc or ,desc");
        };
        boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
        if (parts.length > 1 && !descending && !parts[1].strip().equalsIgnoreCase("asc")) {
            throw ProblemException.invalidField("sort", "direction must be asc or desc");
        }
        return new SupplierSort(key, descending);
    }

    /** ORDER BY text; tier exists only in a buyer's list, elsewhere it falls back to the name. */
    String orderBy(boolean buyer) {
        String column = key == Key.TIER && !buyer ? Key.NAME.column : key.column;
        String direction = descending ? " DESC" : " ASC";
        return column + direction + ", s.id" + direction;
    }
}
