package org.clearchain.risk;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A buyer's suppliers by risk. Priority ranks by band first — a Critical supplier always comes before a High one, however
 * little the buyer can move it — and within a band by the score times the buyer's leverage: the share of the supplier's
 * output it buys when known, else an assumed 50 % (a supplier that depends on you is one you can move). One query over
 * the buyer's links and the suppliers' stored scores ({@link PortfolioRepository}).
 */
@Singleton
class Portfolio {

    /** How the page is ordered, highest first (see {@link PortfolioRepository#page}). */
    enum Order { PRIORITY, SCORE, BAND }

    /**
     * A supplier in the portfolio; {@code shareOfOutput} is null when the buyer has not said. {@code possibleListings}
     * counts its screening hits awaiting review, which add no points but must not go unseen.
     */
    @Serdeable
    @Introspected
    record PortfolioItem(long supplierId, String name, String country, @Nullable BigDecimal score, @Nullable String band,
                         int tier, @Nullable BigDecimal shareOfOutput, BigDecimal priority, int possibleListings) {
    }

    /** The portfolio at a glance: suppliers by band, and those with possible listings awaiting review. */
    @Serdeable
    record PortfolioSummary(long suppliers, Map<String, Long> byBand, long suppliersWithPossibleListings,
                            long possibleListingsAwaitingReview) {
    }

    private final PortfolioRepository repository;

    Portfolio(PortfolioRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    PageView<PortfolioItem> page(long buyer, Order order, PageRequest request) {
        List<PortfolioItem> items = repository.page(buyer, order.name(), request.size(), request.offset());
        return PageView.of(items, request, repository.countLinks(buyer));
    }

    @Transactional(readOnly = true)
    PortfolioSummary summary(long buyer) {
        Map<String, Long> byBand = new LinkedHashMap<>();
        for (String band : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "NOT_SCORED")) {
            byBand.put(band, 0L);
        }
        long suppliers = 0;
        long flagged = 0;
        long hits = 0;
        for (PortfolioRepository.BandCount count : repository.bandCounts(buyer)) {
            byBand.put(count.band(), count.suppliers());
            suppliers += count.suppliers();
            flagged += count.flagged();
            hits += count.hits();
        }
        return new PortfolioSummary(suppliers, byBand, flagged, hits);
    }
}
