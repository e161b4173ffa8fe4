package org.clearchain.scoring;

import org.clearchain.reference.CountryRisk;
import org.clearchain.reference.CountryRiskTable;
import org.clearchain.reference.GoodsRisk;
import org.clearchain.reference.GoodsRiskList;
import org.clearchain.reference.ReferenceEdition;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** I: country 15 × c, the highest sector tier, the worst goods-list entry; 0–40. */
final class InherentRisk {

    private final Methodology methodology;

    InherentRisk(Methodology methodology) {
        this.methodology = methodology;
    }

    Part assess(SupplierFacts facts, ReferenceData reference, LocalDate asOf) {
        Part part = new Part();
        country(part, facts.country(), reference.countryRisk(), asOf);
        sectors(part, facts.sectors(), reference.sectorTiers(), asOf);
        goods(part, facts.country(), facts.goods(), reference.goods(), asOf);
        part.clamp("I.cap", 0, methodology.inherent().cap(), methodology.version(), asOf);
        return part;
    }

    private void country(Part part, String country, CountryRiskTable table, LocalDate asOf) {
        double weight = methodology.inherent().countryWeight();
        ReferenceEdition edition = table.edition();
        if (country == null || country.isBlank()) {
            part.add(new Contribution("I.country", "country unknown: no country points", edition.source(),
                    edition.edition(), "no country", 0, asOf));
            part.lowConfidence("The supplier's country is unknown.");
            return;
        }
        CountryRisk row = table.get(country);
        // a proxy edition's line says so, and what the source said of the country, so nobody reads it as a risk index
        String proxy = edition.proxy() ? " by proxy" : "";
        String said = row == null || row.note() == null ? "" : " (" + row.note() + ")";
        if (row != null && row.score() != null) {
            part.add(new Contribution("I.country", "country risk of " + country + proxy + said, row.source(), row.edition(),
                    Rounding.show(weight) + " × c " + Rounding.show(row.score()), weight * row.score(), asOf));
            if (!edition.verified()) {
                part.lowConfidence("The country-risk edition " + edition.edition()
                        + " is not verified against its published source.");
            }
            return;
        }
        String region = row == null ? null : row.region();
        OptionalDouble mean = region == null || region.isBlank() ? OptionalDouble.empty() : table.regionalMean(region);
        if (mean.isPresent()) {
            part.add(new Contribution("I.country", "no figure for " + country + said + ": mean of region " + region + proxy + " ("
                    + table.countriesWithFigure(region) + " countries)", edition.source(), edition.edition(),
                    Rounding.show(weight) + " × regional mean c " + Rounding.show(mean.getAsDouble()),
                    weight * mean.getAsDouble(), asOf));
            part.lowConfidence("No country-risk figure for " + country + " in edition " + edition.edition()
                    + "; the mean of region " + region + " stands in.");
        } else {
            part.add(new Contribution("I.country", "no figure for " + country + said + " nor for its region"
                    + (region == null || region.isBlank() ? "" : " " + region) + ": no country points",
                    edition.source(), edition.edition(), "no figure", 0, asOf));
            part.lowConfidence("No country-risk figure for " + country + " or its region in edition "
                    + edition.edition() + "; the country adds nothing, which may understate the risk.");
        }
    }

    private void sectors(Part part, List<String> sectors, SectorTiers tiers, LocalDate asOf) {
        ReferenceEdition edition = tiers.edition();
        if (sectors.isEmpty()) {
            part.add(new Contribution("I.sector", "no sector given: tier 0", edition.source(), edition.edition(),
                    "no ISIC code", 0, asOf));
            part.lowConfidence("No sector (ISIC code) is recorded for the supplier.");
            return;
        }
        record Tiered(String code, int points, String category) { }
        List<Tiered> tiered = new java.util.ArrayList<>();
        for (String code : sectors) {
            if (!tiers.isKnown(code)) {
                part.add(new Contribution("I.sector", "ISIC code " + code + " is unknown: 0 tier points",
                        edition.source(), edition.edition(), "unknown code " + code, 0, asOf));
                part.lowConfidence("ISIC code " + code + " is not an ISIC Rev.4 code.");
                continue;
            }
            Optional<SectorTier> tier = tiers.tierOf(code);
            tiered.add(new Tiered(code, tier.map(SectorTier::points).orElse(0),
                    tier.map(SectorTier::category).orElse("other")));
        }
        // Only the highest tier counts: a supplier is as exposed as its riskiest activity, not the sum of them.
        Optional<Tiered> highest = tiered.stream().max(Comparator.comparingInt(Tiered::points));
        for (Tiered t : tiered) {
            boolean counted = highest.get() == t;
            part.add(new Contribution("I.sector", "ISIC " + t.code() + " (" + t.category() + ")"
                    + (counted ? "" : ": not counted, a higher or equal tier is counted"),
                    edition.source(), edition.edition(), "tier " + t.points(), counted ? t.points() : 0, asOf));
        }
    }

    private void goods(Part part, String country, List<String> goods, GoodsRiskList list, LocalDate asOf) {
        ReferenceEdition edition = list.edition();
        Methodology.Goods points = methodology.inherent().goods();
        record Listed(String good, String flags, double points) { }
        List<Listed> listed = new java.util.ArrayList<>();
        for (String good : goods) {
            Optional<GoodsRisk> entry = list.find(country, good);
            if (entry.isEmpty()) {
                part.add(new Contribution("I.goods", good + " from " + country + " is not on the goods-risk list",
                        edition.source(), edition.edition(), "not listed", 0, asOf));
                continue;
            }
            GoodsRisk risk = entry.get();
            if (risk.forcedLabour() && risk.childLabour()) {
                listed.add(new Listed(good, "forced and child labour", points.both()));
            } else if (risk.forcedLabour()) {
                listed.add(new Listed(good, "forced labour", points.forcedLabour()));
            } else if (risk.childLabour()) {
                listed.add(new Listed(good, "child labour only", points.childLabourOnly()));
            }
        }
        Optional<Listed> worst = listed.stream().max(Comparator.comparingDouble(Listed::points));
        for (Listed l : listed) {
            boolean counted = worst.get() == l;
            part.add(new Contribution("I.goods", l.good() + " from " + country + " listed for " + l.flags()
                    + (counted ? "" : ": not counted, a worse or equal entry is counted"), edition.source(),
                    edition.edition(), l.flags(), counted ? l.points() : 0, asOf));
        }
        if (!goods.isEmpty() && !edition.verified()) {
            part.lowConfidence("The goods-risk edition " + edition.edition()
                    + " is not verified against its published source.");
        }
    }
}
