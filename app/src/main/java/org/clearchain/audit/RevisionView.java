package org.clearchain.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/** A revision as a record's history shows it: what it was before, what it became, who, when and why. */
@Serdeable
public record RevisionView(long id, String entityType, long entityId, String action,
                           @Nullable Map<String, Object> before, @Nullable Map<String, Object> after,
                           String reason, String revisedBy, Instant revisedAt) {

    /** The same revision naming its author otherwise, e.g. without another organisation's username. */
    public RevisionView by(String author) {
        return new RevisionView(id, entityType, entityId, action, before, after, reason, author, revisedAt);
    }
}
