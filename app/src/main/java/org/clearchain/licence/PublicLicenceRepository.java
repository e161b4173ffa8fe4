package org.clearchain.licence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The public's view of licences: nothing private is selected, so nothing private can leak. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PublicLicenceRepository extends GenericRepository<Licence, Long> {

    String SELECT = """
            SELECT l.number, l.agency_id, a.legal_name AS agency_name, a.country AS agency_country, o.name AS authority,
                   l.status, l.valid_from, l.valid_until,
                   (SELECT DATE(e.occurred_at) FROM licence_event e WHERE e.licence_id = l.id ORDER BY e.id DESC LIMIT 1)
                       AS status_since
            FROM licence l JOIN agency a ON a.id = l.agency_id JOIN organisation o ON o.id = l.authority_id""";

    @Query(SELECT + " WHERE l.number = :number")
    Optional<PublicLicence> findPublic(String number);

    /** The newest licences first, to fill the public lookup's memory in one query. */
    @Query(SELECT + " ORDER BY l.id DESC LIMIT :limit")
    List<PublicLicence> findNewestPublic(int limit);

    /**
     * Licences whose own record or whose agency's changed at or after {@code since}, at most {@code limit}; a UNION so
     * each side uses its index.
     */
    @Query("(" + SELECT + " WHERE l.updated_at >= :since) UNION (" + SELECT + " WHERE a.updated_at >= :since) LIMIT :limit")
    List<PublicLicence> findPublicChangedSince(Instant since, int limit);

    /** The granted licences (not pending or rejected applications) of these agencies. */
    @Query(SELECT + " WHERE l.agency_id IN (:agencyIds) AND l.status NOT IN ('PENDING', 'REJECTED') ORDER BY l.id")
    List<PublicLicence> findPublicByAgencyIds(List<Long> agencyIds);
}
