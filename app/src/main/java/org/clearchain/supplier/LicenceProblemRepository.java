package org.clearchain.supplier;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;

/** The one rule behind {@code supplier.licence_problem}, applied to one supplier, one agency's users, or all. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LicenceProblemRepository extends GenericRepository<Supplier, Long> {

    String HAS_PROBLEM = """
            EXISTS (SELECT 1 FROM agency_use au WHERE au.supplier_id = supplier.id
                AND (au.ended_on IS NULL OR au.ended_on >= :today) AND (au.agency_id IS NULL OR NOT EXISTS (
                SELECT 1 FROM licence l WHERE l.agency_id = au.agency_id
                  AND (au.licence_number IS NULL OR l.number = au.licence_number)
                  AND l.status = 'ACTIVE' AND l.valid_from <= :today AND l.valid_until >= :today)))""";

    @Query("UPDATE supplier SET licence_problem = " + HAS_PROBLEM + " WHERE id IN (:supplierIds)")
    void recomputeForSuppliers(List<Long> supplierIds, LocalDate today);

    /*
     * No "UPDATE supplier ... WHERE id IN (SELECT ...)": MariaDB runs a single-table UPDATE's IN subquery as a dependent
     * subquery over a scan of the whole table, locking every supplier until commit. The ids are read first, by a
     * locking read as that subquery was: an agency use committed after the licence move's snapshot is still counted.
     */
    @Query("SELECT DISTINCT supplier_id FROM agency_use WHERE agency_id = :agencyId ORDER BY supplier_id LOCK IN SHARE MODE")
    List<Long> suppliersUsingAgency(long agencyId);

    @Query("SELECT id FROM supplier WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<Long> supplierIdsAfter(long afterId, int limit);
}
