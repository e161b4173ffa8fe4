package org.clearchain.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Declaration requests, seen by the buyer that sent them or the supplier they are addressed to. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeclarationRequestRepository extends CrudRepository<DeclarationRequest, Long> {

    @Query("SELECT * FROM declaration_request WHERE id = :id FOR UPDATE")
    Optional<DeclarationRequest> lockById(long id);

    List<DeclarationRequest> findByBuyerIdAndSupplierIdAndStatus(Long buyerId, Long supplierId,
                                                                DeclarationRequest.RequestStatus status);

    /**
     * Requests of a buyer ({@code buyerId}) or to a supplier organisation ({@code supplierOrganisationId});
     * {@code overdueOn} keeps open requests due before that date.
     */
    @Query("""
            SELECT r.* FROM declaration_request r JOIN supplier s ON s.id = r.supplier_id
            WHERE (:buyerId IS NULL OR r.buyer_id = :buyerId)
              AND (:supplierOrganisationId IS NULL OR s.supplier_organisation_id = :supplierOrganisationId)
              AND (:supplierId IS NULL OR r.supplier_id = :supplierId)
              AND (:status IS NULL OR r.status = :status)
              AND (:overdueOn IS NULL OR (r.status = 'OPEN' AND r.due_date < :overdueOn))
            ORDER BY r.due_date, r.id LIMIT :limit OFFSET :offset""")
    List<DeclarationRequest> search(@Nullable Long buyerId, @Nullable Long supplierOrganisationId, @Nullable Long supplierId,
                                    @Nullable String status, @Nullable LocalDate overdueOn, int limit, long offset);

    @Query("""
            SELECT COUNT(*) FROM declaration_request r JOIN supplier s ON s.id = r.supplier_id
            WHERE (:buyerId IS NULL OR r.buyer_id = :buyerId)
              AND (:supplierOrganisationId IS NULL OR s.supplier_organisation_id = :supplierOrganisationId)
              AND (:supplierId IS NULL OR r.supplier_id = :supplierId)
              AND (:status IS NULL OR r.status = :status)
              AND (:overdueOn IS NULL OR (r.status = 'OPEN' AND r.due_date < :overdueOn))""")
    long countMatching(@Nullable Long buyerId, @Nullable Long supplierOrganisationId, @Nullable Long supplierId,
                       @Nullable String status, @Nullable LocalDate overdueOn);
}
