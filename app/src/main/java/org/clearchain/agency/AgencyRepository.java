package org.clearchain.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/**
 * The agencies of the register. Name search relies on the column's utf8mb4_unicode_520_ci collation, which
 * ignores case and accents: "Agence Générale" finds "agence generale".
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AgencyRepository extends CrudRepository<Agency, Long> {

    List<Agency> findByIdIn(List<Long> ids);

    Optional<Agency> findByAuthorityIdAndCountryAndRegistrationNumber(Long authorityId, String country,
                                                                      String registrationNumber);

    /** Agencies of exactly this name in this country, case and accents aside (the column's collation). */
    List<Agency> findByCountryAndLegalName(String country, String legalName);

    String FILTER = """
            WHERE (:authorityId IS NULL OR a.authority_id = :authorityId)
              AND (:namePattern IS NULL OR a.legal_name LIKE :namePattern ESCAPE '!')
              AND (:country IS NULL OR a.country = :country)
              AND (:licenceStatus IS NULL OR EXISTS
                    (SELECT 1 FROM licence l WHERE l.agency_id = a.id AND l.status = :licenceStatus))""";

    @Query("SELECT a.* FROM agency a " + FILTER + " ORDER BY a.legal_name, a.id LIMIT :limit OFFSET :offset")
    List<Agency> search(@Nullable Long authorityId, @Nullable String namePattern, @Nullable String country,
                        @Nullable String licenceStatus, int limit, long offset);

    @Query("SELECT COUNT(*) FROM agency a " + FILTER)
    long countMatching(@Nullable Long authorityId, @Nullable String namePattern, @Nullable String country,
                       @Nullable String licenceStatus);

    /**
     * The public register: agencies that hold or once held a licence. An application not (yet) granted — pending or
     * rejected — does not make an agency part of it. {@code sector} is an ISIC code: an
     * agency of any of its sectors, or of a class within it (01 finds 0111), is found.
     */
    String PUBLIC_FILTER = """
            WHERE (:namePattern IS NULL OR a.legal_name LIKE :namePattern ESCAPE '!')
              AND (:country IS NULL OR a.country = :country)
              AND (:sector IS NULL OR JSON_SEARCH(a.sectors, 'one', CONCAT(:sector, '%')) IS NOT NULL)
              AND EXISTS (SELECT 1 FROM licence l WHERE l.agency_id = a.id AND l.status NOT IN ('PENDING', 'REJECTED'))""";

    @Query("SELECT a.* FROM agency a " + PUBLIC_FILTER + " ORDER BY a.legal_name, a.id LIMIT :limit OFFSET :offset")
    List<Agency> searchPublic(@Nullable String namePattern, @Nullable String country, @Nullable String sector, int limit,
                              long offset);

    @Query("SELECT COUNT(*) FROM agency a " + PUBLIC_FILTER)
    long countPublic(@Nullable String namePattern, @Nullable String country, @Nullable String sector);

    /** A LIKE pattern that finds {@code text} anywhere in a name, with LIKE's wildcards taken literally. */
    static String containsPattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
