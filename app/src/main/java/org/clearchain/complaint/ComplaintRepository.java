package org.clearchain.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Complaints against agencies. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ComplaintRepository extends CrudRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingCode(String trackingCode);

    List<Complaint> findByIdIn(java.util.Collection<Long> ids);

    @Query("SELECT * FROM complaint WHERE id = :id FOR UPDATE")
    Optional<Complaint> lockById(long id);

    String FILTER = """
            FROM complaint c JOIN agency a ON a.id = c.agency_id
            WHERE a.authority_id = :authorityId
              AND (:agencyId IS NULL OR c.agency_id = :agencyId)
              AND (:status IS NULL OR c.status = :status)""";

    @Query("SELECT c.* " + FILTER + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset")
    List<Complaint> search(long authorityId, @Nullable Long agencyId, @Nullable String status, int limit, long offset);

    @Query("SELECT COUNT(*) " + FILTER)
    long countMatching(long authorityId, @Nullable Long agencyId, @Nullable String status);
}
