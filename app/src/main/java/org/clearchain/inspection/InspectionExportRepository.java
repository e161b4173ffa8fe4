package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;

/** Inspections read in id order, a page after another, for exports. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface InspectionExportRepository extends GenericRepository<Inspection, Long> {

    @Query("""
            SELECT * FROM inspection
            WHERE (:inspectorateId IS NULL OR inspectorate_id = :inspectorateId)
              AND (:fromDate IS NULL OR visit_date >= :fromDate) AND (:toDate IS NULL OR visit_date <= :toDate)
              AND id > :afterId
            ORDER BY id LIMIT :limit""")
    List<Inspection> page(@Nullable Long inspectorateId, @Nullable LocalDate fromDate, @Nullable LocalDate toDate,
                          long afterId, int limit);
}
