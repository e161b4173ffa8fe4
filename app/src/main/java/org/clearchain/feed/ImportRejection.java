package org.clearchain.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row a feed refused, with its line number and why, so the sender can correct it. */
@MappedEntity("import_rejection")
record ImportRejection(@Id @GeneratedValue @Nullable Long id, long jobId, long lineNumber, String reason,
                       @Nullable String rawText) {
}
