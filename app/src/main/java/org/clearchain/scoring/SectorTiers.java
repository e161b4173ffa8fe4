package org.clearchain.scoring;

import org.clearchain.reference.ReferenceEdition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sector tiers by ISIC prefix; the most specific prefix wins (class 2392, brick kilns, over division 23).
 *
 * @param knownIsicCodes every valid ISIC Rev.4 code, to tell an unknown code from one in tier 0; when empty, any
 *                       code of the right shape counts as known
 */
public record SectorTiers(ReferenceEdition edition, Map<String, SectorTier> byPrefix, Set<String> knownIsicCodes) {

    public SectorTiers {
        byPrefix = Map.copyOf(byPrefix);
        knownIsicCodes = Set.copyOf(knownIsicCodes);
    }

    public static SectorTiers of(ReferenceEdition edition, List<SectorTier> tiers, Set<String> knownIsicCodes) {
        return new SectorTiers(edition, tiers.stream()
                .collect(Collectors.toMap(SectorTier::isicPrefix, Function.identity())), knownIsicCodes);
    }

    public boolean isKnown(String code) {
        if (code == null || !code.matches("[A-U]|\\d{2,4}")) {
            return false;
        }
        return knownIsicCodes.isEmpty() || knownIsicCodes.contains(code);
    }

    /** The tier of the longest listed prefix of the code; empty means tier 0 ("other"). */
    public Optional<SectorTier> tierOf(String code) {
        for (int length = code.length(); length >= 1; length--) {
            SectorTier tier = byPrefix.get(code.substring(0, length));
            if (tier != null) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }
}
