package org.clearchain.supplier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The sites of suppliers. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SiteRepository extends CrudRepository<Site, Long> {

    List<Site> findBySupplierIdOrderById(Long supplierId);

    List<Site> findByIdIn(java.util.Collection<Long> ids);
}
