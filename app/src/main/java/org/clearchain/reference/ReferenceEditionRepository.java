package org.clearchain.reference;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
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

    @Query("""
            SELECT country, score, region, source, note FROM country_risk_entry
            WHERE edition_id = :editionId AND country IN (:countries)""")
    List<CountryRiskEntry> findCountryRiskEntries(long editionId, Collection<String> countries);

    @Query("""
            SELECT country, good, child_labour, forced_labour FROM goods_risk_entry
            WHERE edition_id = :editionId AND country IN (:countries)""")
    List<GoodsRiskEntry> findGoodsRiskEntries(long editionId, Collection<String> countries);

    @Query("SELECT COUNT(*) FROM country_risk_entry WHERE edition_id = :editionId")
    int countCountryRiskEntries(long editionId);

    @Query("SELECT COUNT(*) FROM goods_risk_entry WHERE edition_id = :editionId")
    int countGoodsRiskEntries(long editionId);

    /** Loaded editions of the dataset, other than {@code except}, with this name. */
    @Query("""
            SELECT COUNT(*) FROM reference_edition
            WHERE dataset = :dataset AND edition = :edition AND id <> :except AND loaded_at IS NOT NULL""")
    long countLoadedNamed(String dataset, String edition, long except);

    @Query("UPDATE reference_edition SET edition = :edition WHERE id = :id")
    void rename(long id, String edition);

    @Query("UPDATE reference_edition SET loaded_at = :loadedAt, row_count = :rowCount, import_job_id = :importJobId WHERE id = :id")
    void markLoaded(long id, Instant loadedAt, int rowCount, long importJobId);

    @Query("DELETE FROM reference_edition WHERE id = :id AND loaded_at IS NULL")
    void deletePending(long id);

    @Query("DELETE FROM country_risk_entry WHERE edition_id = :editionId")
    void deleteCountryRiskEntries(long editionId);

    @Query("DELETE FROM goods_risk_entry WHERE edition_id = :editionId")
    void deleteGoodsRiskEntries(long editionId);
}
