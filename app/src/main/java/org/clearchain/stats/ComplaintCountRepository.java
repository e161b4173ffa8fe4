package org.clearchain.stats;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Complaints counted for statistics; reads only (the complaint feature writes them). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ComplaintCountRepository extends GenericRepository<ComplaintCountRepository.FiledComplaint, Long> {

    /** What statistics read of a complaint: when it was filed, and its record key. */
    @MappedEntity("complaint")
    record FiledComplaint(@Id long id, Instant filedAt, short recordKey) {
    }

    /** The complaints of one cell, and the sum of their record keys; a dimension not grouped by is null. */
    @Introspected
    record ComplaintGroup(@Nullable String category, @Nullable Integer filedYear, @Nullable String against,
                          @Nullable String country, long complaints, long recordKeys) {
    }

    /**
     * Complaints filed in [{@code from}, {@code before}) (each bound when given), grouped by the dimensions whose flag
     * is set. A dimension not asked for is a constant NULL, so it neither splits the
     * groups nor costs a look-up: the country's subqueries run only when the country is asked for.
     */
    @Query("""
            SELECT IF(:byCategory, c.category, NULL) AS category,
                   IF(:byYear, YEAR(c.filed_at), NULL) AS filed_year,
                   IF(:byAgainst, IF(c.agency_id IS NULL, 'UNLICENSED_RECRUITER', 'REGISTERED_AGENCY'), NULL) AS against,
                   IF(:byCountry, COALESCE((SELECT a.country FROM agency a WHERE a.id = c.agency_id),
                                           (SELECT r.country FROM unlicensed_recruiter r WHERE r.id = c.recruiter_id)), NULL) AS country,
                   COUNT(*) AS complaints, SUM(c.record_key) AS record_keys
            FROM complaint c
            WHERE (:from IS NULL OR c.filed_at >= :from) AND (:before IS NULL OR c.filed_at < :before)
            GROUP BY 1, 2, 3, 4""")
    List<ComplaintGroup> count(boolean byCategory, boolean byYear, boolean byAgainst, boolean byCountry,
                               @Nullable Instant from, @Nullable Instant before);
}
