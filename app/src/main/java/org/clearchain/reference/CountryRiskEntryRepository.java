package org.clearchain.reference;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The rows of country-risk editions as feed files write them; reads go through {@link ReferenceEditionRepository}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CountryRiskEntryRepository extends GenericRepository<CountryRiskEntryRow, CountryRiskEntryRow.Key> {

    /**
     * A feed batch's rows in one JDBC batch (the entity's key is what lets Micronaut Data batch on MySQL). An upsert,
     * not saveAll: a retried file writes again the rows the failed import had put into the same pending edition.
     */
    @Query("""
            INSERT INTO country_risk_entry (edition_id, country, score, region, source, note)
            VALUES (:editionId, :country, :score, :region, :source, :note)
            ON DUPLICATE KEY UPDATE score = VALUES(score), region = VALUES(region), source = VALUES(source), note = VALUES(note)""")
    void upsertAll(List<CountryRiskEntryRow> rows);
}
