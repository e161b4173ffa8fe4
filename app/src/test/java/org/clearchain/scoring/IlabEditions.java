package org.clearchain.scoring;

import org.clearchain.integrations.countryrisk.CountryRiskFormat;
import org.clearchain.integrations.countryrisk.CountryRiskRow;
import org.clearchain.integrations.feed.FeedFormat;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.goodslist.GoodsListFormat;
import org.clearchain.integrations.goodslist.ListedGood;
import org.clearchain.reference.CountryRisk;
import org.clearchain.reference.CountryRiskTable;
import org.clearchain.reference.GoodsRisk;
import org.clearchain.reference.GoodsRiskList;
import org.clearchain.reference.ReferenceEdition;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The ILAB editions Clearchain ships ({@code schemas/reference/ilab/}), read by the feeds' own formats and put together
 * as the application does once they are loaded: what the engine scores with on a fresh database.
 */
public final class IlabEditions {

    static final String COUNTRY_EDITION = "ILAB child-labour governance assessment 2022";
    public static final ReferenceData REFERENCE = read();

    private IlabEditions() {
    }

    private static ReferenceData read() {
        ReferenceData starter = StarterReferenceData.starter();
        List<CountryRisk> countries = records(new CountryRiskFormat(), "reference/ilab/countries.xml")
                .stream().map(IlabEditions::risk).toList();
        CountryRiskTable countryRisk = CountryRiskTable.of(new ReferenceEdition("country-risk", countries.get(0).source(),
                COUNTRY_EDITION, true, true), countries).withRegionsFrom(starter.countryRisk());
        List<GoodsRisk> goods = records(new GoodsListFormat(), "reference/ilab/goods.xml")
                .stream().map(g -> new GoodsRisk(g.country(), g.good(), g.childLabour(), g.forcedLabour())).toList();
        return new ReferenceData(countryRisk, starter.sectorTiers(), new GoodsRiskList(new ReferenceEdition("goods-list",
                "US DOL ILAB List of Goods", "US DOL ILAB List of Goods 2022", true), goods));
    }

    private static CountryRisk risk(CountryRiskRow row) {
        return new CountryRisk(row.country(), row.score(), row.region(), row.source(), row.edition(), row.note());
    }

    static <R> List<R> records(FeedFormat<R> format, String resource) {
        List<R> records = new ArrayList<>();
        try (InputStream in = IlabEditions.class.getClassLoader().getResourceAsStream(resource);
             RecordStream<R> stream = format.open(in)) {
            while (stream.hasNext()) {
                if (stream.next() instanceof FeedLine.Accepted<R> accepted) {
                    records.add(accepted.record());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return records;
    }
}
