package org.clearchain.declaration;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Declarations. Inserted, and marked superseded; nothing else is ever written to them. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeclarationRepository extends CrudRepository<Declaration, Long> {

    List<Declaration> findByBuyerIdAndSupplierIdOrderByIdDesc(Long buyerId, Long supplierId);

    List<Declaration> findBySupplierIdOrderByIdDesc(Long supplierId);

    List<Declaration> findByIdIn(java.util.Collection<Long> ids);

    @Query("""
            UPDATE declaration SET superseded_by = :newer
            WHERE buyer_id = :buyerId AND supplier_id = :supplierId AND id <> :newer AND superseded_by IS NULL""")
    int supersede(long buyerId, long supplierId, long newer);
}
