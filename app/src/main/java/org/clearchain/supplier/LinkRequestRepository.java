package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Link requests, seen by the buyer that sent them and by whoever may decide them. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LinkRequestRepository extends CrudRepository<LinkRequest, Long> {

    @Query("SELECT * FROM link_request WHERE id = :id FOR UPDATE")
    Optional<LinkRequest> lockById(long id);

    Optional<LinkRequest> findByRequesterIdAndSupplierIdAndStatus(Long requesterId, Long supplierId, LinkRequest.Status status);

    /**
     * The requests an organisation sent ({@code requesterId}), or those it may decide: requests for the suppliers it is
     * the organisation of ({@code supplierOrganisationId}), or for suppliers without an organisation that it listed
     * first ({@code firstBuyerId}). Newest first.
     */
    @Query("""
            SELECT r.* FROM link_request r JOIN supplier s ON s.id = r.supplier_id
            WHERE (r.requester_id = :requesterId
                   OR s.supplier_organisation_id = :supplierOrganisationId
                   OR (s.supplier_organisation_id IS NULL AND :firstBuyerId = (
                       SELECT bl.buyer_id FROM buyer_link bl WHERE bl.supplier_id = s.id ORDER BY bl.id LIMIT 1)))
              AND (:status IS NULL OR r.status = :status)
            ORDER BY r.id DESC LIMIT :limit OFFSET :offset""")
    List<LinkRequest> visibleTo(@Nullable Long requesterId, @Nullable Long supplierOrganisationId, @Nullable Long firstBuyerId,
                                @Nullable String status, int limit, long offset);

    @Query("""
            SELECT COUNT(*) FROM link_request r JOIN supplier s ON s.id = r.supplier_id
            WHERE (r.requester_id = :requesterId
                   OR s.supplier_organisation_id = :supplierOrganisationId
                   OR (s.supplier_organisation_id IS NULL AND :firstBuyerId = (
                       SELECT bl.buyer_id FROM buyer_link bl WHERE bl.supplier_id = s.id ORDER BY bl.id LIMIT 1)))
              AND (:status IS NULL OR r.status = :status)""")
    long countVisibleTo(@Nullable Long requesterId, @Nullable Long supplierOrganisationId, @Nullable Long firstBuyerId,
                        @Nullable String status);
}
