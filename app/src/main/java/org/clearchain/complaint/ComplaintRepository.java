package org.clearchain.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/**
 * Complaints against agencies and unlicensed recruiters. A licensing officer lists their authority's agencies'
 * complaints and those against recruiters no register holds, which every authority may take up.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ComplaintRepository extends CrudRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingCode(String trackingCode);

    List<Complaint> findByIdIn(java.util.Collection<Long> ids);

    @Query("SELECT * FROM complaint WHERE id = :id FOR UPDATE")
    Optional<Complaint> lockById(long id);

    /** What named a recruiter now names the record it was merged into, and its agency if that one is linked. */
    @Query("""
            UPDATE complaint SET recruiter_id = :intoId, agency_id = COALESCE(agency_id, :intoAgencyId)
            WHERE recruiter_id = :fromId""")
    void followMerge(long fromId, long intoId, @Nullable Long intoAgencyId);

    @Query("UPDATE complaint SET agency_id = :agencyId WHERE recruiter_id = :recruiterId AND agency_id IS NULL")
    void linkToAgency(long recruiterId, long agencyId);

    List<Complaint> findByRecruiterIdAndSubstantiatedOnIsNotNull(Long recruiterId);

    String FILTER = """
            FROM complaint c LEFT JOIN agency a ON a.id = c.agency_id
            WHERE (a.authority_id = :authorityId OR c.agency_id IS NULL)
              AND (:agencyId IS NULL OR c.agency_id = :agencyId)
              AND (:status IS NULL OR c.status = :status)""";

    @Query("SELECT c.* " + FILTER + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset")
    List<Complaint> search(long authorityId, @Nullable Long agencyId, @Nullable String status, int limit, long offset);

    @Query("SELECT COUNT(*) " + FILTER)
    long countMatching(long authorityId, @Nullable Long agencyId, @Nullable String status);
}
