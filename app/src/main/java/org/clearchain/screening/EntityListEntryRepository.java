package org.clearchain.screening;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Entity-list entries; saveAll and updateAll write a feed batch's entries as JDBC batches. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EntityListEntryRepository extends CrudRepository<EntityListEntry, Long> {

    @Query("SELECT * FROM entity_list_entry WHERE list_id = :listId AND entry_key IN (:keys) FOR UPDATE")
    List<EntityListEntry> lockByListIdAndEntryKeys(long listId, Collection<String> keys);

    @Query("UPDATE entity_list_entry SET last_seen_job = :jobId WHERE id IN (:ids)")
    void markSeen(Collection<Long> ids, long jobId);

    /** Marks removed, by this job, the list's entries it did not see; how many. */
    @Query("""
            UPDATE entity_list_entry SET removed_at = :at, changed_at = :at, changed_job = :jobId
            WHERE list_id = :listId AND last_seen_job <> :jobId AND removed_at IS NULL""")
    long markUnseenRemoved(long listId, long jobId, Instant at);
}
