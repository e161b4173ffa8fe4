package org.clearchain.scoring;

import org.apache.commons.csv.CSVRecord;
import org.clearchain.reference.ReferenceDataCsv;
import org.clearchain.reference.ReferenceEdition;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sector tiers, and the retired starter editions bundled in {@code schemas}: they stand in only while a dataset has
 * no loaded edition (a fresh database loads ILAB's at first start), and lend the country-risk editions their UN M49
 * regions.
 */
public final class StarterReferenceData {

    public static final String SECTOR_TIERS_V1 = "reference/sector-tiers/v1.csv";

    private StarterReferenceData() {
    }

    /** The starter editions bundled in {@code schemas}: see the READMEs beside them for what they are worth. */
    public static ReferenceData starter() {
        return new ReferenceData(
                ReferenceDataCsv.read(ReferenceDataCsv.STARTER_COUNTRY_RISK, r -> ReferenceDataCsv.countryRisk(r, new ReferenceEdition("country-risk",
                        "no published figures; regions from UN M49 (unverified starter)", "starter-2026", false))),
                ReferenceDataCsv.read(SECTOR_TIERS_V1, r -> sectorTiers(r, new ReferenceEdition("sector-tiers",
                        "Clearchain methodology v1", "v1", true), ReferenceDataCsv.isicCodes())),
                ReferenceDataCsv.read(ReferenceDataCsv.STARTER_GOODS_LIST, r -> ReferenceDataCsv.goodsList(r, new ReferenceEdition("goods-list",
                        "US DOL ILAB List of Goods format, rows unverified against the published list",
                        "starter-2026", false))));
    }

    /** {@code isic,tier_points,category}; tier points must be one of the methodology's tiers. */
    public static SectorTiers sectorTiers(Reader csv, ReferenceEdition edition, Set<String> knownIsicCodes) {
        List<Integer> allowed = Methodology.v1().inherent().sectorTierPoints();
        List<SectorTier> tiers = new ArrayList<>();
        for (CSVRecord row : ReferenceDataCsv.records(csv)) {
            int points;
            try {
                points = Integer.parseInt(ReferenceDataCsv.get(row, "tier_points"));
            } catch (NumberFormatException e) {
                throw ReferenceDataCsv.badRow(row, "tier_points is not a number");
            }
            if (!allowed.contains(points)) {
                throw ReferenceDataCsv.badRow(row, "tier_points " + points + " is not one of " + allowed);
            }
            tiers.add(new SectorTier(ReferenceDataCsv.get(row, "isic"), points, ReferenceDataCsv.get(row, "category")));
        }
        return SectorTiers.of(edition, tiers, knownIsicCodes);
    }
}
