package org.clearchain.supplier;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The recruitment agencies suppliers use, read with their licence's standing in the register today. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AgencyUseRepository extends CrudRepository<AgencyUse, Long> {

    /**
     * Each use of the given suppliers with the licence it relies on: the one named, or else the agency's licence that
     * is valid today, or else its most recent one. No licence at all leaves the licence columns null. A use ended before
     * today is left out: it counts up to its end date, not after (its ending stays in the supplier's history).
     */
    @Query("""
            SELECT au.id, au.supplier_id, au.agency_id, au.agency_name, au.agency_country, au.workforce_share,
                   au.last_placement_date, au.ended_on,
                   COALESCE(au.licence_number, l.number) AS licence_number, l.status AS licence_status,
                   l.valid_from AS licence_valid_from, l.valid_until AS licence_valid_until
            FROM agency_use au
            LEFT JOIN licence l ON l.id = (
                SELECT l2.id FROM licence l2
                WHERE l2.agency_id = au.agency_id AND (au.licence_number IS NULL OR l2.number = au.licence_number)
                ORDER BY (l2.status = 'ACTIVE' AND l2.valid_from <= :today AND l2.valid_until >= :today) DESC, l2.id DESC
                LIMIT 1)
            WHERE au.supplier_id IN (:supplierIds) AND (au.ended_on IS NULL OR au.ended_on >= :today)
            ORDER BY au.supplier_id, au.id""")
    List<AgencyUseRow> findWithLicenceForSuppliers(List<Long> supplierIds, LocalDate today);

    /** When a use ended, if it did. */
    @Introspected
    record Ending(long id, @Nullable LocalDate endedOn) {
    }

    @Query("SELECT id, ended_on FROM agency_use WHERE id = :id")
    Optional<Ending> findEndingById(long id);

    List<Long> findIdBySupplierId(Long supplierId);

    @Query("UPDATE agency_use SET ended_on = :endedOn WHERE id = :id")
    void end(long id, LocalDate endedOn);
}
