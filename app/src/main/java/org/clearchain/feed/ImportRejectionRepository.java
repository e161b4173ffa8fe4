package org.clearchain.feed;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportRejectionRepository extends CrudRepository<ImportRejection, Long> {

    /** In line order; the pageable says how many. */
    List<ImportRejection> findByJobId(long jobId, Pageable pageable);

    long countByJobId(long jobId);
}
