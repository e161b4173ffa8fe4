package org.clearchain.screening;

import java.util.List;

/** A subject that looks like a list entry: how much (0–1), by which of the entry's names, and why. */
public record Match(ScreenedEntry entry, double score, String matchedName, List<String> reasons) {

    public long entryId() {
        return entry.id();
    }
}
