package org.clearchain.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Tenants. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrganisationRepository extends CrudRepository<Organisation, Long> {

    Optional<Organisation> findByName(String name);

    List<Organisation> findAllOrderByName();

    List<Organisation> findByIdIn(Collection<Long> ids);
}
