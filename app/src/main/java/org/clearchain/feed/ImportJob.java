package org.clearchain.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Duration;
import java.time.Instant;

/** One file's import: where it came from, for which organisation, how far it got and what it did. */
@MappedEntity("import_job")
record ImportJob(@Id @GeneratedValue @Nullable Long id,
                 String feed,
                 String source,
                 String fileName,
                 @Nullable String checksum,
                 long bytes,
                 @Nullable Long organisationId,
                 ImportJobStatus status,
                 long rowsRead,
                 long rowsCreated,
                 long rowsUpdated,
                 long rowsUnchanged,
                 long rowsRejected,
                 @Nullable String reason,
                 @Nullable Long duplicateOf,
                 @Nullable String createdBy,
                 @Nullable String owner,
                 @Nullable Instant heartbeatAt,
                 Instant queuedAt,
                 @Nullable Instant startedAt,
                 @Nullable Instant finishedAt) {

    /** A new job, owned by the instance that will run it, its heartbeat starting now. */
    static ImportJob queued(String feed, String source, String fileName, @Nullable String checksum, long bytes,
                            @Nullable Long organisationId, ImportJobStatus status, String createdBy, String owner,
                            Instant at) {
        return new ImportJob(null, feed, source, fileName, checksum, bytes, organisationId, status, 0, 0, 0, 0, 0, null,
                null, createdBy, owner, at, at, null, null);
    }

    ImportJobView view() {
        return new ImportJobView(id, feed, source, fileName, checksum, bytes, status,
                new ImportJobView.Counts(rowsRead, rowsCreated, rowsUpdated, rowsUnchanged, rowsRejected),
                reason, duplicateOf, queuedAt, startedAt, finishedAt,
                startedAt != null && finishedAt != null ? Duration.between(startedAt, finishedAt).toMillis() : null,
                owner, heartbeatAt, null);
    }
}
