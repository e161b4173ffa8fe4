package org.clearchain.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** One country's figure in an edition of the country-risk dataset, as a feed file writes it. */
@MappedEntity("country_risk_entry")
record CountryRiskEntryRow(@EmbeddedId Key key, @Nullable BigDecimal score, @Nullable String region, String source,
                           @Nullable String note) {

    CountryRiskEntryRow(long editionId, String country, @Nullable BigDecimal score, @Nullable String region,
                        String source, @Nullable String note) {
        this(new Key(editionId, country), score, region, source, note);
    }

    @Embeddable
    record Key(long editionId, String country) {
    }
}
