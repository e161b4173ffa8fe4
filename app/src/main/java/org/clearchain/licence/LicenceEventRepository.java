package org.clearchain.licence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The history of every licence, oldest first. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LicenceEventRepository extends CrudRepository<LicenceEvent, Long> {

    List<LicenceEvent> findByLicenceIdOrderById(Long licenceId);
}
