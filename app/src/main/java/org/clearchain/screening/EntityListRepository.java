package org.clearchain.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

/** Entity lists by name; their version moves with every write to their entries (the screening index watches it). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EntityListRepository extends CrudRepository<EntityList, Long> {

    Optional<EntityList> findByName(String name);

    @Query("UPDATE entity_list SET forced_labour = TRUE WHERE id = :id")
    void markForcedLabour(long id);

    @Query("UPDATE entity_list SET version = version + 1 WHERE id = :id")
    void bumpVersion(long id);

    /** One more edition, from this job's file; {@code versionStep} 1 when entries were marked removed. */
    @Query("""
            UPDATE entity_list SET editions = editions + 1, version = version + :versionStep, edition_job_id = :jobId,
                   edition_file = :file, edition_at = :at, edition_note = :note
            WHERE id = :id""")
    void closeEdition(long id, int versionStep, long jobId, String file, Instant at, @Nullable String note);
}
