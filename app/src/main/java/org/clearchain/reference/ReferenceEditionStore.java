package org.clearchain.reference;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Reads the editions of reference datasets kept in the database: the current one of a dataset is its newest loaded
 * one. Pending editions (a file still being written, or one that failed midway) are never read for scoring.
 */
@Singleton
public class ReferenceEditionStore {

    public static final String COUNTRY_RISK = "country-risk";
    public static final String GOODS_LIST = "goods-list";

    private final ReferenceEditionRepository editions;

    ReferenceEditionStore(ReferenceEditionRepository editions) {
        this.editions = editions;
    }

    @Transactional(readOnly = true)
    public Optional<StoredEdition> current(String dataset) {
        return editions.findCurrent(dataset);
    }

    /** Every loaded edition, newest first: what scored when. */
    @Transactional(readOnly = true)
    public List<StoredEdition> loaded() {
        return editions.findLoaded();
    }

    @Transactional(readOnly = true)
    public CountryRiskTable countryRisk(StoredEdition stored) {
        List<CountryRisk> rows = editions.findCountryRiskEntries(stored.id()).stream()
                .map(e -> new CountryRisk(e.country(), e.score() == null ? null : e.score().doubleValue(), e.region(),
                        e.source(), stored.edition(), e.note()))
                .toList();
        return CountryRiskTable.of(scoringEdition(stored), rows);
    }

    @Transactional(readOnly = true)
    public GoodsRiskList goods(StoredEdition stored) {
        List<GoodsRisk> rows = editions.findGoodsRiskEntries(stored.id()).stream()
                .map(e -> new GoodsRisk(e.country(), e.good(), e.childLabour(), e.forcedLabour()))
                .toList();
        return new GoodsRiskList(scoringEdition(stored), rows);
    }

    static ReferenceEdition scoringEdition(StoredEdition stored) {
        return new ReferenceEdition(stored.dataset(), stored.source(), stored.edition(), stored.verified(), stored.proxy());
    }
}
