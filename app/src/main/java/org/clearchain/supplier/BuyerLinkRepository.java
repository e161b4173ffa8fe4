package org.clearchain.supplier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** Which buyer reaches which supplier, at which tier. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface BuyerLinkRepository extends CrudRepository<BuyerLink, Long> {

    Optional<BuyerLink> findByBuyerIdAndSupplierId(Long buyerId, Long supplierId);

    /** The link of the buyer that listed the supplier first (links are never removed). */
    Optional<BuyerLink> findFirstBySupplierIdOrderById(Long supplierId);
}
