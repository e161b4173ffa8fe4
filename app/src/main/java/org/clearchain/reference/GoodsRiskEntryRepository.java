package org.clearchain.reference;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The rows of goods-list editions as feed files write them; reads go through {@link ReferenceEditionRepository}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface GoodsRiskEntryRepository extends GenericRepository<GoodsRiskEntryRow, GoodsRiskEntryRow.Key> {

    /**
     * A feed batch's rows in one JDBC batch (the entity's key is what lets Micronaut Data batch on MySQL). An upsert,
     * not saveAll: a retried file writes again the rows the failed import had put into the same pending edition.
     */
    @Query("""
            INSERT INTO goods_risk_entry (edition_id, country, good, child_labour, forced_labour)
            VALUES (:editionId, :country, :good, :childLabour, :forcedLabour)
            ON DUPLICATE KEY UPDATE good = VALUES(good), child_labour = VALUES(child_labour), forced_labour = VALUES(forced_labour)""")
    void upsertAll(List<GoodsRiskEntryRow> rows);
}
