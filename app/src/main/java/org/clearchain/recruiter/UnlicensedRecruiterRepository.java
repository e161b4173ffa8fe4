package org.clearchain.recruiter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The unlicensed-recruiter records. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UnlicensedRecruiterRepository extends CrudRepository<UnlicensedRecruiter, Long> {

    /**
     * The record of a normalised name and country, made if there is none; two requests naming it at once get the same
     * record (the unique key decides, LAST_INSERT_ID hands its id to this connection).
     */
    @Query("""
            INSERT INTO unlicensed_recruiter (name, normalised_name, country, status, created_at, updated_at)
            VALUES (:name, :normalisedName, :country, 'UNREVIEWED', :now, :now)
            ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)""")
    void gather(String name, String normalisedName, String country, Instant now);

    Optional<UnlicensedRecruiter> findByNormalisedNameAndCountry(String normalisedName, String country);

    @Query("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Query("SELECT * FROM unlicensed_recruiter WHERE id = :id FOR UPDATE")
    Optional<UnlicensedRecruiter> lockById(long id);

    String FILTER = """
            WHERE (:status IS NULL OR r.status = :status)
              AND (:country IS NULL OR r.country = :country)
              AND (:normalisedPattern IS NULL OR r.normalised_name LIKE :normalisedPattern)""";

    @Query("SELECT r.* FROM unlicensed_recruiter r " + FILTER + " ORDER BY r.id DESC LIMIT :limit OFFSET :offset")
    List<UnlicensedRecruiter> search(@Nullable String status, @Nullable String country, @Nullable String normalisedPattern,
                                     int limit, long offset);

    @Query("SELECT COUNT(*) FROM unlicensed_recruiter r " + FILTER)
    long countMatching(@Nullable String status, @Nullable String country, @Nullable String normalisedPattern);

    /**
     * How often the records are named, by what: read across the tables that name them (complaints, agency uses,
     * declaration checks), which lie above this floor and are only counted here, never changed.
     */
    @Query("""
            SELECT r.id AS recruiter_id,
                   (SELECT COUNT(*) FROM complaint c WHERE c.recruiter_id = r.id) AS complaints,
                   (SELECT COUNT(*) FROM agency_use u WHERE u.recruiter_id = r.id) AS agency_uses,
                   (SELECT COUNT(DISTINCT k.declaration_id) FROM declaration_licence_check k WHERE k.recruiter_id = r.id)
                       AS declarations
            FROM unlicensed_recruiter r WHERE r.id IN (:ids)""")
    List<RecruiterMentions> mentions(List<Long> ids);
}
