package org.clearchain.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * An import job as its reader sees it: status, counts, duration, the instance running it ({@code owner}) and when that
 * instance last said it still does ({@code heartbeatAt}), and (in the detail view) its rejected rows.
 */
@Serdeable
public record ImportJobView(long id, String feed, String source, String fileName, @Nullable String checksum, long bytes,
                            ImportJobStatus status, Counts counts, @Nullable String reason, @Nullable Long duplicateOf,
                            Instant queuedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
                            @Nullable Long durationMillis, @Nullable String owner, @Nullable Instant heartbeatAt,
                            @Nullable List<Rejection> rejectedRows) {

    @Serdeable
    public record Counts(long read, long created, long updated, long unchanged, long rejected) { }

    @Serdeable
    public record Rejection(long line, String reason, @Nullable String raw) { }

    ImportJobView withRejections(List<Rejection> rows) {
        return new ImportJobView(id, feed, source, fileName, checksum, bytes, status, counts, reason, duplicateOf,
                queuedAt, startedAt, finishedAt, durationMillis, owner, heartbeatAt, rows);
    }
}
