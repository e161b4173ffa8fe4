package org.clearchain.reference;

import jakarta.inject.Singleton;
import org.clearchain.integrations.countryrisk.CountryRiskRow;
import org.clearchain.integrations.countryrisk.CountryRiskSink;
import org.clearchain.integrations.feed.ImportContext;

/** The country-risk feed's way in: each file a new edition, current once its last row is written. */
@Singleton
class CountryRiskFeed implements CountryRiskSink {

    private final EditionBatches batches;

    CountryRiskFeed(EditionBatches batches) {
        this.batches = batches;
    }

    @Override
    public Writer<CountryRiskRow> open(ImportContext context) {
        return EditionWriter.of(batches, ReferenceEditionStore.COUNTRY_RISK, context, batches::writeCountryRisk);
    }
}
