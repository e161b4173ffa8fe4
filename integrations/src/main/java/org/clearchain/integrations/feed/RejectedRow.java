package org.clearchain.integrations.feed;

import org.clearchain.integrations.text.Ellipsis;

/** A row that did not go in: where it is in the file, why, and its text. */
public record RejectedRow(long line, String reason, String raw) {

    /** Rows are stored for people to read, not to re-parse: very long ones are cut. */
    static final int MAX_RAW = 2_000;

    public RejectedRow {
        if (raw != null) {
            raw = Ellipsis.cut(raw, MAX_RAW);
        }
    }

    public static RejectedRow of(FeedLine<?> line, String reason) {
        return new RejectedRow(line.line(), reason, line.raw());
    }
}
