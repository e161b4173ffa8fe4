package org.clearchain.supplier;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** Ending a buyer's link: the row moves, whole, to the links that were, with who ended it, when and why. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EndedBuyerLinkRepository extends GenericRepository<BuyerLink, Long> {

    @Query("""
            INSERT INTO ended_buyer_link (id, buyer_id, supplier_id, tier, parent_supplier_id, share_of_output, created_at,
                                          ended_by, ended_at, end_reason)
            SELECT id, buyer_id, supplier_id, tier, parent_supplier_id, share_of_output, created_at, :endedBy, :endedAt, :reason
            FROM buyer_link WHERE id = :linkId""")
    void keep(long linkId, String endedBy, Instant endedAt, String reason);

    @Query("DELETE FROM buyer_link WHERE id = :linkId")
    void end(long linkId);

    @Query("SELECT COUNT(*) FROM buyer_link WHERE buyer_id = :buyerId AND parent_supplier_id = :supplierId")
    long countBelow(long buyerId, long supplierId);
}
