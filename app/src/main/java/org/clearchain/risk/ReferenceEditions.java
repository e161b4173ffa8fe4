package org.clearchain.risk;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import org.clearchain.reference.ReferenceEditionLoaded;
import jakarta.inject.Singleton;
import org.clearchain.reference.ReferenceEditionStore;
import org.clearchain.reference.StoredEdition;
import org.clearchain.reference.CountryRiskTable;
import org.clearchain.reference.GoodsRiskList;
import org.clearchain.scoring.ReferenceData;
import org.clearchain.scoring.StarterReferenceData;
import org.clearchain.reference.ReferenceDataCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The reference editions in force: for country risk and the goods list, the newest edition loaded through the
 * feeds (on a fresh database, the ILAB editions Clearchain ships, loaded at first start); sector tiers come with the
 * methodology. The retired starter editions stand in only until a dataset has a loaded edition, and they keep the UN
 * M49 regions of the regional-mean fallback. Read at startup, again as soon as this instance commits a new edition,
 * and every minute in case another instance did.
 * Snapshots name the editions they used, so a new edition never rewrites an old score.
 */
@Singleton
public class ReferenceEditions {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceEditions.class);

    private record InForce(ReferenceData data, List<Long> storedIds) { }

    private final ReferenceEditionStore store;
    private final ReferenceData starter = StarterReferenceData.starter();
    private volatile InForce inForce;

    ReferenceEditions(ReferenceEditionStore store) {
        this.store = store;
    }

    public ReferenceData current() {
        InForce now = inForce;
        return now != null ? now.data() : reload();
    }

    /** Reads the current editions from the database; returns them, now in force. */
    public synchronized ReferenceData reload() {
        Optional<StoredEdition> country = store.current(ReferenceEditionStore.COUNTRY_RISK);
        Optional<StoredEdition> goods = store.current(ReferenceEditionStore.GOODS_LIST);
        List<Long> ids = ids(country, goods);
        InForce before = inForce;
        if (before != null && before.storedIds().equals(ids)) {
            return before.data();
        }
        // A loaded edition may leave countries out or name no region: the bundled regions keep the regional-mean
        // fallback working with the new edition's figures.
        CountryRiskTable countryRisk = country.map(e -> store.countryRisk(e).withRegionsFrom(starter.countryRisk()))
                .orElse(starter.countryRisk());
        GoodsRiskList goodsList = goods.map(store::goods).orElse(starter.goods());
        ReferenceData data = new ReferenceData(countryRisk, starter.sectorTiers(), goodsList);
        inForce = new InForce(data, ids);
        LOG.info("Reference editions in force: country-risk {}, goods-list {}", countryRisk.edition().edition(),
                goodsList.edition().edition());
        return data;
    }

    /** At once, in the thread that loaded it, so what that thread scores next uses it (the demo data at first start). */
    @TransactionalEventListener
    void onEditionLoaded(ReferenceEditionLoaded event) {
        reload();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.warn("Reference editions could not be read at startup; they are read again on first use", e);
        }
    }

    /** Another instance may have loaded an edition: two small queries a minute keep this one in step. */
    // on every instance, not once per cluster: each keeps its own editions in memory
    @Scheduled(fixedDelay = "${clearchain.reference.refresh-interval:1m}", initialDelay = "1m")
    void refreshFromOtherInstances() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.warn("Reference editions could not be refreshed; the ones in force stay", e);
        }
    }

    private static List<Long> ids(Optional<StoredEdition> country, Optional<StoredEdition> goods) {
        return java.util.Arrays.asList(country.map(StoredEdition::id).orElse(null), goods.map(StoredEdition::id).orElse(null));
    }
}
