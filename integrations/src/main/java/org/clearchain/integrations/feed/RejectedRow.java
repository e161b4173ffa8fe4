package org.clearchain.integrations.feed;

/** A row that did not go in: where it is in the file, why, and its text. */
public record RejectedRow(long line, String reason, String raw) {

    /** Rows are stored for people to read, not to re-parse: very long ones are cut. */
    static final int MAX_RAW = 2_000;

    public RejectedRow {
        if (raw != null && raw.length() > MAX_RAW) {
            raw = raw.substring(0, MAX_RAW) + "…";
        }
    }

    public static RejectedRow of(FeedLine<?> line, String reason) {
        return new RejectedRow(line.line(), reason, line.raw());
    }
}
