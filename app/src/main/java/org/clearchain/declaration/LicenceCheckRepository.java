package org.clearchain.declaration;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The licence checks made when declarations were submitted. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LicenceCheckRepository extends CrudRepository<LicenceCheck, Long> {

    List<LicenceCheck> findByDeclarationIdInOrderById(List<Long> declarationIds);
}
