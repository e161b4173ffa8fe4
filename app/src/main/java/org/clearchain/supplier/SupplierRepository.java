package org.clearchain.supplier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Suppliers, shared by the buyers that link them. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SupplierRepository extends CrudRepository<Supplier, Long> {

    List<Supplier> findByNameKeyAndCountry(String nameKey, String country);

    List<Supplier> findByNameKeyInOrderById(java.util.Collection<String> nameKeys);

    List<Supplier> findByIdIn(java.util.Collection<Long> ids);

    List<Supplier> findByOpenSupplyHubIdIn(Collection<String> openSupplyHubIds);
}
