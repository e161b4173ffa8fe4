package org.clearchain.reference;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clearchain.integrations.countryrisk.CountryRiskRoute;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.goodslist.GoodsListRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The reference editions Clearchain ships (US DOL ILAB, {@code schemas/reference/ilab/}), loaded on the first start
 * of a database that has none of its dataset — the embedded default and an external one alike — through the same
 * feeds an operator uses: an import job, an audited edition, then everyone rescored. A dataset that already has a
 * loaded edition (bundled or the operator's own) is left alone, so this runs once. It runs before the demo data, so
 * demo suppliers are scored with these editions from the start.
 */
@Singleton
@Requires(property = "clearchain.reference.load-bundled", notEquals = "false")
class BundledEditions {

    private static final Logger LOG = LoggerFactory.getLogger(BundledEditions.class);

    /** ILAB's files as its app published them on 2023-08-23 (the 2022 reporting cycle); the names become editions'. */
    static final String COUNTRIES = "reference/ilab/countries.xml";
    static final String COUNTRIES_FILE = "US DOL ILAB countries.xml (2022 cycle, Child-Labor data of 2023-08-23)";
    static final String GOODS = "reference/ilab/goods.xml";
    static final String GOODS_FILE = "US DOL ILAB List of Goods 2022 (Child-Labor data of 2023-08-23)";

    private final ReferenceEditionStore store;
    private final CountryRiskRoute countryRisk;
    private final GoodsListRoute goodsList;

    BundledEditions(ReferenceEditionStore store, CountryRiskRoute countryRisk, GoodsListRoute goodsList) {
        this.store = store;
        this.countryRisk = countryRisk;
        this.goodsList = goodsList;
    }

    @EventListener
    @Order(-100)
    void onStartup(StartupEvent event) {
        load(ReferenceEditionStore.COUNTRY_RISK, countryRisk, COUNTRIES, COUNTRIES_FILE);
        load(ReferenceEditionStore.GOODS_LIST, goodsList, GOODS, GOODS_FILE);
    }

    private void load(String dataset, FeedRoute<?> route, String resource, String fileName) {
        if (store.current(dataset).isPresent()) {
            return;
        }
        Path file = copy(resource);
        try {
            FeedImporter.Outcome outcome = route.importBundled(file, fileName);
            if (outcome.status() == FeedImporter.Outcome.Status.FAILED) {
                LOG.error("The bundled {} edition ({}) could not be loaded (import job {}): {}; it is tried again at the"
                        + " next start", dataset, resource, outcome.jobId(), outcome.reason());
            } else {
                LOG.info("Bundled {} edition loaded from {} (import job {}, {} rows, {} rejected)", dataset, resource,
                        outcome.jobId(), outcome.counts().created() + outcome.counts().updated() + outcome.counts().unchanged(),
                        outcome.counts().rejected());
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not remove the temporary copy {}", file, e);
            }
        }
    }

    /** The importer reads files: the resource may lie inside the application's jar. */
    private static Path copy(String resource) {
        try (InputStream in = BundledEditions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled reference edition missing from the classpath: " + resource);
            }
            Path file = Files.createTempFile("clearchain-bundled-", ".xml");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy bundled reference edition " + resource, e);
        }
    }
}
