package org.clearchain.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A buyer's suppliers by risk. Priority ranks by band first — a Critical supplier always comes before a High one, however
 * little the buyer can move it — and within a band by the score times the buyer's leverage: the share of the supplier's
 * output it buys when known, else an assumed 50 % (a supplier that depends on you is one you can move). One query over
 * the buyer's links and the suppliers' stored scores (JDBC: the order is an expression a derived query cannot name).
 */
@Singleton
class Portfolio {

    /** How the page is ordered, highest first. */
    enum Order {
        PRIORITY(Order.BAND_RANK + " DESC, priority DESC"),
        SCORE("s.risk_score DESC"),
        BAND(Order.BAND_RANK + " DESC, s.risk_score DESC");

        /** Critical 4 down to Low 1; a supplier not scored yet 0, so it comes last rather than first. */
        private static final String BAND_RANK =
                "CASE s.risk_band WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 WHEN 'LOW' THEN 1 ELSE 0 END";

        // fixed SQL, never text from the request
        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /**
     * A supplier in the portfolio; {@code shareOfOutput} is null when the buyer has not said. {@code possibleListings}
     * counts its screening hits awaiting review, which add no points but must not go unseen.
     */
    @Serdeable
    record PortfolioItem(long supplierId, String name, String country, @Nullable BigDecimal score, @Nullable String band,
                         int tier, @Nullable BigDecimal shareOfOutput, BigDecimal priority, int possibleListings) {
    }

    /** The portfolio at a glance: suppliers by band, and those with possible listings awaiting review. */
    @Serdeable
    record PortfolioSummary(long suppliers, Map<String, Long> byBand, long suppliersWithPossibleListings,
                            long possibleListingsAwaitingReview) {
    }

    /** A supplier's open hits on entries still listed: the same as its risk's {@code S.possible-listing} contributions. */
    private static final String OPEN_HITS = """
            (SELECT COUNT(*) FROM screening_hit h JOIN entity_list_entry e ON e.id = h.entry_id
             WHERE h.subject_type = 'SUPPLIER' AND h.subject_id = s.id AND h.status = 'OPEN' AND e.removed_at IS NULL)""";

    private final JdbcOperations jdbc;

    Portfolio(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    PageView<PortfolioItem> page(long buyer, Order order, PageRequest request) {
        List<PortfolioItem> items = jdbc.prepareStatement("""
                SELECT s.id, s.name, s.country, s.risk_score, s.risk_band, bl.tier, bl.share_of_output,
                       COALESCE(s.risk_score, 0) * COALESCE(bl.share_of_output / 100, 0.5) AS priority,\s"""
                + OPEN_HITS + """
                 AS possible_listings
                FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id WHERE bl.buyer_id = ?
                ORDER BY\s""" + order.sql + ", s.id LIMIT ? OFFSET ?", s -> {
            s.setLong(1, buyer);
            s.setInt(2, request.size());
            s.setLong(3, request.offset());
            List<PortfolioItem> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PortfolioItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getString(5), rs.getInt(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getInt(9)));
                }
            }
            return rows;
        });
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM buyer_link WHERE buyer_id = ?", s -> {
            s.setLong(1, buyer);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return PageView.of(items, request, total);
    }

    @Transactional(readOnly = true)
    PortfolioSummary summary(long buyer) {
        return jdbc.prepareStatement("SELECT band, COUNT(*), SUM(open_hits > 0), SUM(open_hits) FROM"
                + " (SELECT COALESCE(s.risk_band, 'NOT_SCORED') AS band, " + OPEN_HITS + " AS open_hits"
                + " FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id WHERE bl.buyer_id = ?) portfolio"
                + " GROUP BY band", s -> {
            s.setLong(1, buyer);
            Map<String, Long> byBand = new LinkedHashMap<>();
            for (String band : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "NOT_SCORED")) {
                byBand.put(band, 0L);
            }
            long suppliers = 0;
            long flagged = 0;
            long hits = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byBand.put(rs.getString(1), rs.getLong(2));
                    suppliers += rs.getLong(2);
                    flagged += rs.getLong(3);
                    hits += rs.getLong(4);
                }
            }
            return new PortfolioSummary(suppliers, byBand, flagged, hits);
        });
    }
}
