package org.clearchain.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.security.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.time.temporal.ChronoUnit;

/**
 * Appends an entry for every write, inside the writer's transaction: the change and its record commit or
 * roll back together. Summaries are the JSON of what the entity looked like before and after.
 */
@Singleton
public class AuditLog {

    private final AuditRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Inserts the entry and nothing else: no row shared with other writers is read or locked, so concurrent writes
     * (through one server or several cluster nodes) never wait on or conflict with each other here. The entry gets its
     * {@code seq} and hashes from {@link AuditSealer} after this transaction commits.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public AuditEntry append(Actor actor, String action, String entityType, Object entityId,
                             @Nullable Object before, @Nullable Object after) {
        // DATETIME(6) keeps microseconds: hash exactly what will be read back.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return repository.save(new AuditEntry(null, null, now, actor.name(), action, entityType, String.valueOf(entityId),
                summary(before), summary(after), null, null));
    }

    /**
     * What the log holds about one entity, oldest first (at most {@code limit} entries, the latest ones), sealed or not:
     * in the order the writes appended them (their ids).
     */
    public List<AuditEntry> entriesOf(String entityType, Object entityId, int limit) {
        List<AuditEntry> latestFirst = new ArrayList<>(repository.search(entityType, String.valueOf(entityId), limit, 0));
        Collections.reverse(latestFirst);
        return latestFirst;
    }

    private String summary(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot summarise " + value.getClass().getSimpleName() + " for the audit log", e);
        }
    }
}
