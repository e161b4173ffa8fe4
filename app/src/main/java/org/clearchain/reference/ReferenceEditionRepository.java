package org.clearchain.reference;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Editions of the reference datasets and their entries; a pending edition (loaded_at null) is never current. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReferenceEditionRepository extends GenericRepository<StoredEdition, Long> {

    @Query("""
            SELECT * FROM reference_edition WHERE dataset = :dataset AND loaded_at IS NOT NULL
            ORDER BY loaded_at DESC, id DESC LIMIT 1""")
    Optional<StoredEdition> findCurrent(String dataset);

    @Query("SELECT * FROM reference_edition WHERE loaded_at IS NOT NULL ORDER BY loaded_at DESC, id DESC")
    List<StoredEdition> findLoaded();

    /** The pending edition a failed import of the same file left, if any. */
    @Query("""
            SELECT * FROM reference_edition WHERE dataset = :dataset AND file_checksum = :checksum AND loaded_at IS NULL
            ORDER BY id LIMIT 1""")
    Optional<StoredEdition> findPending(String dataset, String checksum);

    @Introspected
    record CountryRiskEntry(String country, @Nullable BigDecimal score, @Nullable String region, String source,
                            @Nullable String note) {
    }

    @Query("SELECT country, score, region, source, note FROM country_risk_entry WHERE edition_id = :editionId")
    List<CountryRiskEntry> findCountryRiskEntries(long editionId);

    @Introspected
    record GoodsRiskEntry(String country, String good, boolean childLabour, boolean forcedLabour) {
    }

    @Query("SELECT country, good, child_labour, forced_labour FROM goods_risk_entry WHERE edition_id = :editionId")
    List<GoodsRiskEntry> findGoodsRiskEntries(long editionId);
}
