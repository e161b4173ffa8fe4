package org.clearchain.supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duplicate detection measured on a labelled set of real supplier names and addresses: the facilities of four Open
 * Supply Hub lists (test resources, with their licence). True pairs are a real facility against the same facility
 * written as buyers write it — a typo, the words in another order, legal forms and words abbreviated or spelled out,
 * another case and punctuation, a shortened name with the main site's address. False pairs are two different real
 * facilities of the same country and sector: for each, the other one whose name is most alike (the hardest case) and
 * two drawn at random. The test prints recall and the false-alarm rate and fails below the goals.
 */
class SupplierLikenessTest {

    private static final double RECALL_GOAL = 0.85;
    private static final double FALSE_ALARM_GOAL = 0.10;
    private static final List<String> LISTS = List.of("facility-list-2.csv", "facility-list-3.csv", "facility-list-4.csv",
            "facility-list-5.csv");

    record Facility(String country, String name, String address, String sector) {
    }

    record Pair(String kind, String nameA, String addressA, String nameB, String addressB) {
    }

    @Test
    void findsTheSameSupplierWrittenDifferentlyAndKeepsDifferentOnesApart() throws IOException {
        List<Facility> facilities = facilities();
        Random random = new Random(16);
        List<Pair> same = new ArrayList<>();
        for (Facility f : facilities) {
            variants(f, random).forEach((kind, variant) -> same.add(new Pair(kind, variant.name(), variant.address(), f.name(), f.address())));
        }
        List<Pair> different = differentPairs(facilities, random);

        Map<String, int[]> foundByKind = new LinkedHashMap<>();
        List<Pair> missed = new ArrayList<>();
        for (Pair p : same) {
            boolean found = SupplierLikeness.likelySame(p.nameA(), p.addressA(), p.nameB(), p.addressB());
            int[] tally = foundByKind.computeIfAbsent(p.kind(), k -> new int[2]);
            tally[0] += found ? 1 : 0;
            tally[1]++;
            if (!found) {
                missed.add(p);
            }
        }
        List<Pair> alarms = different.stream()
                .filter(p -> SupplierLikeness.likelySame(p.nameA(), p.addressA(), p.nameB(), p.addressB())).toList();
        double recall = (double) (same.size() - missed.size()) / same.size();
        double falseAlarms = (double) alarms.size() / different.size();

        System.out.printf(Locale.ROOT, "DUPLICATES labelled set from %d real facilities: recall=%.3f (%d of %d true pairs; goal >= %.2f)"
                        + " falseAlarms=%.3f (%d of %d false pairs; goal <= %.2f)%n", facilities.size(), recall,
                same.size() - missed.size(), same.size(), RECALL_GOAL, falseAlarms, alarms.size(), different.size(), FALSE_ALARM_GOAL);
        foundByKind.forEach((kind, t) -> System.out.printf(Locale.ROOT, "DUPLICATES   %-28s %d of %d found%n", kind, t[0], t[1]));
        missed.stream().limit(8).forEach(p -> System.out.println("DUPLICATES   missed: " + p));
        alarms.stream().limit(8).forEach(p -> System.out.println("DUPLICATES   false alarm: " + p));
        assertTrue(same.size() >= 800 && different.size() >= 500, "a labelled set large enough to mean something");
        assertTrue(recall >= RECALL_GOAL, "recall " + recall + " is below " + RECALL_GOAL);
        assertTrue(falseAlarms <= FALSE_ALARM_GOAL, "false alarms " + falseAlarms + " are above " + FALSE_ALARM_GOAL);
    }

    @Test
    void theIssuesExamplesAreCaught() {
        assertTrue(SupplierLikeness.likelySame("Mekong Garmnet", null, "Mekong Garment Co., Ltd.", null));
        assertTrue(SupplierLikeness.likelySame("Garment Mekong Company Limited", null, "Mekong Garment Co., Ltd.", null));
        assertTrue(SupplierLikeness.likelySame("Mekong Intl Mfg Co.", null, "Mekong International Manufacturing Company", null));
        assertTrue(SupplierLikeness.likelySame("Pretty Ltd", "133-134 Hamayetpur, Moheshpur, Jhenaidah",
                "Pretty Wool Ware Ltd.", "133-134(Ground & 3rd Floor) Hamayetpur Moheshpur Jhenaidah Bangladesh"));
        assertFalse(SupplierLikeness.likelySame("Pretty Ltd", null, "Pretty Wool Ware Ltd.", null), "half a name alone is not enough");
        assertFalse(SupplierLikeness.likelySame("Dongguan Luyang Shoes Co., Ltd.", null, "Dongguan Xinhua Shoes Co., Ltd.", null));
    }

    /** One version of the facility per kind of difference, where the kind applies to its name. */
    private static Map<String, Facility> variants(Facility f, Random random) {
        Map<String, Facility> variants = new LinkedHashMap<>();
        typo(f.name(), random).ifPresent(name -> variants.put("a typo", new Facility(f.country(), name, null, f.sector())));
        reordered(f.name(), random).ifPresent(name -> variants.put("words in another order", new Facility(f.country(), name, null, f.sector())));
        variants.put("abbreviated or spelled out", new Facility(f.country(), abbreviated(f.name()), null, f.sector()));
        variants.put("case and punctuation", new Facility(f.country(), f.name().toLowerCase(Locale.ROOT)
                .replaceAll("[.,()&]", " ").replaceAll("\\s+", " ").strip(), null, f.sector()));
        typo(abbreviated(f.name()), random).ifPresent(name -> variants.put("a typo, abbreviated", new Facility(f.country(), name, null, f.sector())));
        shortened(f.name()).filter(name -> f.address() != null && !f.address().isBlank())
                .ifPresent(name -> variants.put("shortened, at its address", new Facility(f.country(), name, retyped(f.address()), f.sector())));
        return variants;
    }

    /** Pairs of two different facilities of one country and sector: the most alike other one, and two at random. */
    private static List<Pair> differentPairs(List<Facility> facilities, Random random) {
        List<Pair> pairs = new ArrayList<>();
        for (Facility f : facilities) {
            List<Facility> others = facilities.stream().filter(g -> g != f && g.country().equals(f.country())
                    && g.sector().equals(f.sector()) && !SupplierNames.key(g.name()).equals(SupplierNames.key(f.name()))).toList();
            if (others.isEmpty()) {
                continue;
            }
            Facility closest = others.stream().max(Comparator.comparingDouble(g -> SupplierLikeness.names(f.name(), g.name()))).orElseThrow();
            pairs.add(new Pair("closest other", f.name(), f.address(), closest.name(), closest.address()));
            for (int i = 0; i < 2; i++) {
                Facility other = others.get(random.nextInt(others.size()));
                pairs.add(new Pair("another", f.name(), f.address(), other.name(), other.address()));
            }
        }
        return pairs;
    }

    /** One letter changed, missing, doubled, or two neighbours swapped, in a word of five letters or more. */
    private static java.util.Optional<String> typo(String name, Random random) {
        Matcher words = Pattern.compile("\\p{L}{5,}").matcher(name);
        List<int[]> spans = new ArrayList<>();
        while (words.find()) {
            spans.add(new int[] {words.start(), words.end()});
        }
        if (spans.isEmpty()) {
            return java.util.Optional.empty();
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        int at = span[0] + 1 + random.nextInt(span[1] - span[0] - 2);
        StringBuilder s = new StringBuilder(name);
        switch (random.nextInt(4)) {
            case 0 -> {
                char c = s.charAt(at);
                s.setCharAt(at, s.charAt(at + 1));
                s.setCharAt(at + 1, c);
            }
            case 1 -> s.deleteCharAt(at);
            case 2 -> s.insert(at, s.charAt(at));
            default -> s.setCharAt(at, Character.isUpperCase(s.charAt(at)) ? 'X' : 'x');
        }
        return java.util.Optional.of(s.toString());
    }

    private static java.util.Optional<String> reordered(String name, Random random) {
        List<String> words = new ArrayList<>(List.of(name.replace(",", " ").strip().split("\\s+")));
        if (words.size() < 2) {
            return java.util.Optional.empty();
        }
        List<String> original = List.copyOf(words);
        while (words.equals(original)) {
            Collections.shuffle(words, random);
        }
        return java.util.Optional.of(String.join(" ", words));
    }

    private static final List<Map.Entry<Pattern, Function<String, String>>> ABBREVIATIONS = List.of(
            rule("(?i)\\bco\\.?,?\\s*ltd\\.?", s -> "Company Limited"),
            rule("(?i)\\bcompany limited\\b", s -> "Co., Ltd."),
            rule("(?i)\\blimited\\b", s -> "Ltd"),
            rule("(?i)\\bltd\\b\\.?", s -> "Limited"),
            rule("(?i)\\bprivate\\b", s -> "Pvt."),
            rule("(?i)\\bpvt\\b\\.?", s -> "Private"),
            rule("(?i)\\binternational\\b", s -> "Intl"),
            rule("(?i)\\bgarments\\b", s -> "Gmts"),
            rule("(?i)\\bmanufacturing\\b", s -> "Mfg"),
            rule("(?i)\\bindustries\\b", s -> "Inds"),
            rule("(?i)\\bindustrial\\b", s -> "Ind."),
            rule("(?i)\\bknitting\\b", s -> "Knit"),
            rule("\\s*&\\s*", s -> " and "));

    private static Map.Entry<Pattern, Function<String, String>> rule(String regex, Function<String, String> replacement) {
        return Map.entry(Pattern.compile(regex), replacement);
    }

    /** Every abbreviation rule that applies, in turn; a name none applies to gains a legal form. */
    private static String abbreviated(String name) {
        String s = name;
        boolean changed = false;
        for (Map.Entry<Pattern, Function<String, String>> rule : ABBREVIATIONS) {
            Matcher m = rule.getKey().matcher(s);
            if (m.find()) {
                s = m.replaceAll(rule.getValue().apply(m.group()));
                changed = true;
                if (rule.getKey().pattern().contains("ltd") || rule.getKey().pattern().contains("limited")) {
                    // one change of legal form is enough: the next rule would undo it
                    s = s.replaceAll("\\s+", " ");
                }
            }
        }
        return changed ? s.strip() : name + " Co., Ltd.";
    }

    /** The name less its last word that is not a legal form, when two or more remain. */
    private static java.util.Optional<String> shortened(String name) {
        List<String> words = new ArrayList<>(List.of(name.replace(",", " ").strip().split("\\s+")));
        for (int i = words.size() - 1; i > 0; i--) {
            if (!SupplierNames.key(words.get(i)).isEmpty() && SupplierNames.key(String.join(" ", words)).split(" ").length > 2) {
                words.remove(i);
                return java.util.Optional.of(String.join(" ", words));
            }
        }
        return java.util.Optional.empty();
    }

    /** The address as another clerk types it: another case, road abbreviated, commas dropped, the country left out. */
    private static String retyped(String address) {
        return address.toUpperCase(Locale.ROOT).replaceAll("\\bROAD\\b", "RD").replace(",", " ")
                .replaceAll("\\b(CHINA|BANGLADESH|INDIA|VIETNAM|CAMBODIA)\\b\\s*$", "").replaceAll("\\s+", " ").strip();
    }

    private static List<Facility> facilities() throws IOException {
        Map<String, Facility> byKey = new LinkedHashMap<>();
        for (String list : LISTS) {
            try (InputStream in = SupplierLikenessTest.class.getResourceAsStream("/supplier/open-supply-hub/" + list);
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                    Facility f = new Facility(row.get("country").strip().toUpperCase(Locale.ROOT), row.get("name").strip(),
                            row.get("address").strip(), row.get("sector").strip().toLowerCase(Locale.ROOT));
                    if (!SupplierNames.key(f.name()).isEmpty()) {
                        byKey.putIfAbsent(f.country() + "|" + SupplierNames.key(f.name()), f);
                    }
                }
            }
        }
        return List.copyOf(byKey.values());
    }
}
