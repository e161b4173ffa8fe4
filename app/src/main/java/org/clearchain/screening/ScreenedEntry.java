package org.clearchain.screening;

import java.util.List;

/** A list entry as the matcher sees it: its names (the first is the listed name), countries and identifiers. */
public record ScreenedEntry(long id, String listName, List<String> names, List<String> countries,
                            List<String> identifiers, String contentHash) {

    public ScreenedEntry {
        names = List.copyOf(names);
        countries = List.copyOf(countries);
        identifiers = List.copyOf(identifiers);
    }
}
