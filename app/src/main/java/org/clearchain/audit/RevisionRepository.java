package org.clearchain.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Revisions are only added and read, never changed. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RevisionRepository extends GenericRepository<Revision, Long> {

    Revision save(Revision revision);

    List<Revision> findByEntityTypeInAndEntityIdInOrderById(Collection<String> entityTypes, Collection<Long> entityIds);
}
