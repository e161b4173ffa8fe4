package org.clearchain.risk;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** A buyer's linked suppliers with their stored scores and open screening hits ({@link Portfolio}). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PortfolioRepository extends GenericRepository<RiskSnapshot, Long> {

    /** A supplier's open hits on entries still listed: the same as its risk's {@code S.possible-listing} contributions. */
    String OPEN_HITS = """
            (SELECT COUNT(*) FROM screening_hit h JOIN entity_list_entry e ON e.id = h.entry_id
             WHERE h.subject_type = 'SUPPLIER' AND h.subject_id = s.id AND h.status = 'OPEN' AND e.removed_at IS NULL)""";

    /** Critical 4 down to Low 1; a supplier not scored yet 0, so it comes last rather than first. */
    String BAND_RANK =
            "CASE s.risk_band WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 WHEN 'LOW' THEN 1 ELSE 0 END";

    String PRIORITY = "COALESCE(s.risk_score, 0) * COALESCE(bl.share_of_output / 100, 0.5)";

    /**
     * A page of the buyer's suppliers, highest first by {@code order} (a {@link Portfolio.Order} name): PRIORITY by band
     * then priority, SCORE by score alone, BAND by band then score; ties by supplier id. One query with the order as a
     * parameter, since a query's text cannot vary.
     */
    @Query("SELECT s.id AS supplier_id, s.name, s.country, s.risk_score AS score, s.risk_band AS band, bl.tier,"
            + " bl.share_of_output, " + PRIORITY + " AS priority, " + OPEN_HITS + " AS possible_listings"
            + " FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id WHERE bl.buyer_id = :buyerId"
            + " ORDER BY CASE WHEN :order = 'SCORE' THEN 0 ELSE " + BAND_RANK + " END DESC,"
            + " CASE WHEN :order = 'PRIORITY' THEN " + PRIORITY + " ELSE s.risk_score END DESC, s.id"
            + " LIMIT :limit OFFSET :offset")
    List<Portfolio.PortfolioItem> page(long buyerId, String order, int limit, long offset);

    @Query("SELECT COUNT(*) FROM buyer_link WHERE buyer_id = :buyerId")
    long countLinks(long buyerId);

    /** Per band of the buyer's suppliers: how many, how many with open hits, and how many hits. */
    @Introspected
    record BandCount(String band, long suppliers, long flagged, long hits) {
    }

    @Query("SELECT band, COUNT(*) AS suppliers, CAST(SUM(open_hits > 0) AS SIGNED) AS flagged,"
            + " CAST(SUM(open_hits) AS SIGNED) AS hits FROM"
            + " (SELECT COALESCE(s.risk_band, 'NOT_SCORED') AS band, " + OPEN_HITS + " AS open_hits"
            + " FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id WHERE bl.buyer_id = :buyerId) portfolio"
            + " GROUP BY band")
    List<BandCount> bandCounts(long buyerId);
}
