package org.clearchain.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.security.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Corrections and endings kept as history: each is a revision readable by the record's history endpoint, and an entry
 * of the audit log, in the writer's transaction. A reason is required: nothing changes without saying why.
 */
@Singleton
public class Revisions {

    private final RevisionRepository repository;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Revisions(RevisionRepository repository, AuditLog audit, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(Actor actor, String action, String entityType, long entityId, @Nullable Object before,
                       @Nullable Object after, String reason) {
        repository.save(new Revision(null, entityType, entityId, action, text(before), text(after), reason.strip(),
                actor.name(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        audit.append(actor, action, entityType, entityId, before, new Reasoned(after, reason.strip()));
    }

    /** The revisions of these records, oldest first. */
    public List<RevisionView> history(Collection<String> entityTypes, Collection<Long> entityIds) {
        return repository.findByEntityTypeInAndEntityIdInOrderById(entityTypes, entityIds).stream()
                .map(r -> new RevisionView(r.id(), r.entityType(), r.entityId(), r.action(), values(r.beforeValues()),
                        values(r.afterValues()), r.reason(), r.revisedBy(), r.revisedAt()))
                .toList();
    }

    public List<RevisionView> history(String entityType, long entityId) {
        return history(List.of(entityType), List.of(entityId));
    }

    /** What the audit log keeps as "after": the new values with the reason given. */
    @Serdeable
    record Reasoned(@Nullable Object values, String reason) {
    }

    private @Nullable String text(@Nullable Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep " + value.getClass().getSimpleName() + " as a revision", e);
        }
    }

    private @Nullable Map<String, Object> values(@Nullable String raw) {
        try {
            return raw == null ? null : json.readValue(raw, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored revision is not JSON", e);
        }
    }
}
