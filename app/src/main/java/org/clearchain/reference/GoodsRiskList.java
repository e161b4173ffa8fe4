package org.clearchain.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A goods-risk edition. A supplier's good is matched to the edition's names by {@link GoodNames} (case, accents,
 * qualifiers, plurals, the synonym table); where it matches several entries of its country, the worst counts.
 */
public final class GoodsRiskList {

    private static final Comparator<GoodsRisk> WORST = Comparator.comparingInt(GoodsRiskList::severity);

    private final ReferenceEdition edition;
    private final List<GoodsRisk> entries;
    private final Map<String, List<GoodsRisk>> byCountryAndKey = new HashMap<>();

    public GoodsRiskList(ReferenceEdition edition, List<GoodsRisk> entries) {
        this.edition = edition;
        this.entries = List.copyOf(entries);
        for (GoodsRisk entry : this.entries) {
            for (String key : GoodNames.keysOfListed(entry.good())) {
                byCountryAndKey.computeIfAbsent(key(entry.country(), key), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    public ReferenceEdition edition() {
        return edition;
    }

    public List<GoodsRisk> entries() {
        return entries;
    }

    public Optional<GoodsRisk> find(String country, String good) {
        if (country == null || good == null) {
            return Optional.empty();
        }
        for (String key : GoodNames.bundled().keysOfWritten(good)) {
            List<GoodsRisk> found = byCountryAndKey.get(key(country, key));
            if (found != null) {
                return found.stream().max(WORST);
            }
        }
        return Optional.empty();
    }

    private static String key(String country, String good) {
        return country.toUpperCase(Locale.ROOT) + "|" + good;
    }

    /** Forced and child labour 3, forced 2, child only 1, as the methodology's points rank them. */
    private static int severity(GoodsRisk risk) {
        return (risk.forcedLabour() ? 2 : 0) + (risk.childLabour() ? 1 : 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GoodsRiskList list && edition.equals(list.edition) && entries.equals(list.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(edition, entries);
    }
}
