package org.clearchain.reference;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** One good of one country in an edition of the goods list, as a feed file writes it. */
@MappedEntity("goods_risk_entry")
record GoodsRiskEntryRow(@EmbeddedId Key key, boolean childLabour, boolean forcedLabour) {

    GoodsRiskEntryRow(long editionId, String country, String good, boolean childLabour, boolean forcedLabour) {
        this(new Key(editionId, country, good), childLabour, forcedLabour);
    }

    @Embeddable
    record Key(long editionId, String country, String good) {
    }
}
