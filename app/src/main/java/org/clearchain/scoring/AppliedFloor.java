package org.clearchain.scoring;

import java.util.List;

/**
 * A floor rule that holds for the supplier: its score is at least the lower bound of {@code band}.
 *
 * @param sourceRecords the records the reason was read from, as for a {@link Contribution}
 */
public record AppliedFloor(String rule, Band band, String reason, List<SourceRecord> sourceRecords) {

    public AppliedFloor {
        sourceRecords = sourceRecords == null ? List.of()
                : sourceRecords.stream().filter(java.util.Objects::nonNull).toList();
    }

    public AppliedFloor(String rule, Band band, String reason) {
        this(rule, band, reason, List.of());
    }
}
