package org.clearchain.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A goods-risk edition; goods match without regard to case or surrounding spaces. */
public record GoodsRiskList(ReferenceEdition edition, List<GoodsRisk> entries) {

    public GoodsRiskList {
        entries = List.copyOf(entries);
    }

    public Optional<GoodsRisk> find(String country, String good) {
        if (country == null || good == null) {
            return Optional.empty();
        }
        String wanted = normalise(good);
        return entries.stream()
                .filter(entry -> entry.country().equalsIgnoreCase(country) && normalise(entry.good()).equals(wanted))
                .findFirst();
    }

    private static String normalise(String good) {
        return good.trim().toLowerCase(Locale.ROOT);
    }
}
