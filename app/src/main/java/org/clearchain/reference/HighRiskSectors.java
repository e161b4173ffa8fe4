package org.clearchain.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sectors OSCE MC Decision 14/06 and Clearchain's mission single out as high-risk for labour trafficking,
 * mapped from ISIC Rev.4 divisions (a class or group inherits its division; a section letter counts when the
 * whole section is high-risk).
 */
public final class HighRiskSectors {

    private static final Map<String, String> BY_DIVISION = Map.ofEntries(
            Map.entry("01", "agriculture"), Map.entry("02", "agriculture"),
            Map.entry("03", "fishing"),
            Map.entry("05", "mining"), Map.entry("06", "mining"), Map.entry("07", "mining"),
            Map.entry("08", "mining"), Map.entry("09", "mining"),
            Map.entry("13", "garments, textiles and footwear"), Map.entry("14", "garments, textiles and footwear"),
            Map.entry("15", "garments, textiles and footwear"),
            Map.entry("41", "construction"), Map.entry("42", "construction"), Map.entry("43", "construction"),
            Map.entry("55", "hospitality and food service"), Map.entry("56", "hospitality and food service"),
            Map.entry("97", "domestic work"));

    private static final Map<String, String> BY_SECTION = Map.of(
            "A", "agriculture", "B", "mining", "F", "construction", "I", "hospitality and food service",
            "T", "domestic work");

    private HighRiskSectors() {
    }

    public static Optional<String> of(String isicCode) {
        if (isicCode == null || isicCode.isEmpty()) {
            return Optional.empty();
        }
        if (Character.isLetter(isicCode.charAt(0))) {
            return Optional.ofNullable(BY_SECTION.get(isicCode));
        }
        return isicCode.length() < 2 ? Optional.empty() : Optional.ofNullable(BY_DIVISION.get(isicCode.substring(0, 2)));
    }

    /** The distinct high-risk sectors among some ISIC codes, in the order first met. */
    public static List<String> among(List<String> isicCodes) {
        Set<String> sectors = new LinkedHashSet<>();
        isicCodes.forEach(code -> of(code).ifPresent(sectors::add));
        return List.copyOf(sectors);
    }

    /** The names of the high-risk sectors. */
    public static Set<String> all() {
        Set<String> names = new LinkedHashSet<>(BY_DIVISION.values());
        names.addAll(BY_SECTION.values());
        return names;
    }

    /** The ISIC division prefixes and section letters that make up one named high-risk sector. */
    public static List<String> codesOf(String sector) {
        List<String> codes = new java.util.ArrayList<>();
        BY_DIVISION.forEach((division, name) -> {
            if (name.equals(sector)) {
                codes.add(division);
            }
        });
        BY_SECTION.forEach((section, name) -> {
            if (name.equals(sector)) {
                codes.add(section);
            }
        });
        return codes;
    }
}
