package org.clearchain.reference;

import jakarta.inject.Singleton;
import org.clearchain.integrations.countryrisk.CountryRiskRow;
import org.clearchain.integrations.countryrisk.CountryRiskSink;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.ImportCounts;

import java.util.List;

/** The country-risk feed's way in: each file a new edition, current once its last row is written. */
@Singleton
class CountryRiskFeed implements CountryRiskSink {

    private final EditionBatches batches;

    CountryRiskFeed(EditionBatches batches) {
        this.batches = batches;
    }

    @Override
    public Writer<CountryRiskRow> open(ImportContext context) {
        EditionFile file = batches.open(ReferenceEditionStore.COUNTRY_RISK, context);
        return new Writer<>() {
            @Override
            public BatchOutcome write(List<FeedLine.Accepted<CountryRiskRow>> batch) {
                return batches.writeCountryRisk(file, batch);
            }

            @Override
            public void finish(ImportCounts counts) {
                batches.finish(file, counts);
            }
        };
    }
}
