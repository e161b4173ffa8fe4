package org.clearchain.risk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Risk snapshots, newest last per supplier, and the latest score kept beside the supplier for lists. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RiskSnapshotRepository extends CrudRepository<RiskSnapshot, Long> {

    Optional<RiskSnapshot> findFirstBySupplierIdOrderByIdDesc(Long supplierId);

    List<RiskSnapshot> findBySupplierIdOrderByIdDesc(Long supplierId);

    /** The history without the assessments themselves, which are large once a supplier has many findings. */
    @Query("""
            SELECT id AS snapshot_id, computed_at, score, band, methodology_version, reason FROM risk_snapshot
            WHERE supplier_id = :supplierId ORDER BY id DESC""")
    List<RiskHistoryEntry> history(long supplierId);

    @Query("""
            SELECT supplier_id, fingerprint FROM risk_snapshot
            WHERE id IN (SELECT MAX(id) FROM risk_snapshot WHERE supplier_id IN (:supplierIds) GROUP BY supplier_id)""")
    List<LatestFingerprint> latestFingerprints(List<Long> supplierIds);

    @Query("SELECT id FROM supplier WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<Long> supplierIdsAfter(long afterId, int limit);

    @Query("SELECT DISTINCT supplier_id FROM agency_use WHERE agency_id = :agencyId")
    List<Long> suppliersUsingAgency(long agencyId);
}
