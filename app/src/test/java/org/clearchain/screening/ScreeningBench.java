package org.clearchain.screening;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Issue 7's screening benchmark, run with {@code -Pbench} (see docs/performance.md); plain Java, no database.
 * 100,000 generated supplier names are screened against a 30,000-entry list with aliases, about 1.5 % of them
 * planted near-matches of an entry (a typo, words swapped, another legal form). The indexed matcher screens all of
 * them; comparing every pair with the same scoring is timed on a random sample of suppliers and extrapolated, and
 * both are run on a recall sample (random suppliers plus planted ones) to count what the index misses.
 */
@Tag("bench")
class ScreeningBench {

    private static final int SUPPLIERS = Integer.getInteger("bench.suppliers", 100_000);
    private static final int ENTRIES = Integer.getInteger("bench.entries", 30_000);
    private static final double PLANTED = 0.015;
    private static final int TIMING_SAMPLE = Integer.getInteger("bench.timing-sample", 200);
    private static final int RECALL_SAMPLE = Integer.getInteger("bench.recall-sample", 1000);

    private static final String[] SYLLABLES = {"han", "zhen", "long", "xin", "da", "feng", "tai", "sun", "mek", "ong", "bal",
            "tik", "sar", "vel", "dor", "ka", "ri", "no", "ma", "lu", "pe", "tor", "gan", "shi", "yu", "ba", "cor", "del",
            "mar", "ven", "ost", "ar", "ber", "lin", "kov", "ra", "ind", "pra", "sid", "hu", "qi", "bo", "ter", "an", "mi"};
    private static final String[] PLACES = {"Shenzhen", "Dhaka", "Hanoi", "Bangkok", "Izmir", "Tirupur", "Lahore", "Guangzhou",
            "Ningbo", "Chittagong", "Phnom Penh", "Yangon", "Jakarta", "Surabaya", "Karachi", "Colombo", "Cluj", "Porto",
            "Leon", "Puebla", "Lima", "Accra", "Abidjan", "Mombasa", "Almaty", "Tashkent", "Xinjiang", "Hebei", "Fujian"};
    private static final String[] INDUSTRIES = {"Textile", "Garment", "Apparel", "Knitwear", "Footwear", "Leather", "Fishing",
            "Seafood", "Mining", "Construction", "Agro", "Farms", "Electronics", "Solar", "Polysilicon", "Cotton", "Brick",
            "Gloves", "Rubber", "Palm Oil", "Cocoa", "Coffee", "Tea", "Timber", "Steel", "Logistics", "Plastics",
            "Packaging", "Food", "Poultry"};
    private static final String[] GENERIC = {"Trading", "Industrial", "International", "Group", "Holdings", "Manufacturing",
            "Enterprise", "Export", "Import", "Global", "Development", "Products", "Industries", "Works", "Mills",
            "Services", "Resources", "Partners", "Union", "Star"};
    private static final String[] LEGAL_FORMS = {"Co., Ltd.", "Ltd", "Limited", "LLC", "Inc.", "GmbH", "S.A.", "S.A. de C.V.",
            "Sdn. Bhd.", "Pvt. Ltd.", "PT", "JSC", "SRL", "S.R.L.", "A.S.", "Company", "Corp.", "PLC", "Sp. z o.o.", "B.V."};
    private static final String[] COUNTRIES = {"CN", "BD", "VN", "TH", "TR", "IN", "PK", "KH", "MM", "ID", "LK", "RO", "PT",
            "MX", "PE", "GH", "CI", "KE", "KZ", "UZ", "MY", "TW", "KP", "AE", "RU", "BR", "ET", "NP", "PH", "EG"};

    private final Random random = new Random(20261124L);

    @Test
    void indexedScreeningAgainstEveryPair() {
        List<ScreenedEntry> entries = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            List<String> names = new ArrayList<>();
            names.add(companyName());
            int aliases = random.nextInt(10) < 5 ? 0 : 1 + random.nextInt(3);
            for (int a = 0; a < aliases; a++) {
                names.add(random.nextBoolean() ? companyName() : mutate(names.get(0)));
            }
            entries.add(new ScreenedEntry(i + 1, "BENCH", names, List.of(pick(COUNTRIES)), List.of(), "h" + i));
        }
        List<ScreeningSubject> suppliers = new ArrayList<>(SUPPLIERS);
        Set<Integer> planted = new HashSet<>();
        for (int i = 0; i < SUPPLIERS; i++) {
            String name;
            String country = pick(COUNTRIES);
            if (random.nextDouble() < PLANTED) {
                ScreenedEntry entry = entries.get(random.nextInt(entries.size()));
                name = mutate(entry.names().get(random.nextInt(entry.names().size())));
                if (random.nextInt(10) < 7) {
                    country = entry.countries().get(0);
                }
                planted.add(i);
            } else {
                name = companyName();
            }
            suppliers.add(new ScreeningSubject(SubjectType.SUPPLIER, i + 1, name, country, null));
        }
        int aliasCount = entries.stream().mapToInt(e -> e.names().size()).sum();
        System.out.printf(Locale.ROOT, "INFO %d entries with %d names, %d suppliers of which %d planted near-matches%n",
                entries.size(), aliasCount, suppliers.size(), planted.size());

        long t0 = System.nanoTime();
        EntityMatcher matcher = new EntityMatcher(entries, EntityMatcher.Settings.DEFAULT);
        System.out.printf(Locale.ROOT, "INFO index built in %.2f s%n", (System.nanoTime() - t0) / 1e9);

        // warm-up of both paths
        for (int i = 0; i < 5_000; i++) {
            matcher.match(suppliers.get(i));
        }
        for (int i = 0; i < 10; i++) {
            matcher.matchAllPairs(suppliers.get(i));
        }

        long ti = System.nanoTime();
        long hits = 0;
        for (ScreeningSubject supplier : suppliers) {
            hits += matcher.match(supplier).size();
        }
        double indexedSeconds = (System.nanoTime() - ti) / 1e9;

        List<ScreeningSubject> timing = new ArrayList<>();
        for (int i = 0; i < TIMING_SAMPLE; i++) {
            timing.add(suppliers.get(random.nextInt(suppliers.size())));
        }
        long ta = System.nanoTime();
        for (ScreeningSubject supplier : timing) {
            matcher.matchAllPairs(supplier);
        }
        double sampleSeconds = (System.nanoTime() - ta) / 1e9;
        double allPairsSeconds = sampleSeconds * suppliers.size() / timing.size();
        double speedup = allPairsSeconds / indexedSeconds;

        List<ScreeningSubject> recallSample = new ArrayList<>();
        List<Integer> plantedList = new ArrayList<>(planted);
        for (int i = 0; i < RECALL_SAMPLE / 2; i++) {
            recallSample.add(suppliers.get(random.nextInt(suppliers.size())));
            recallSample.add(suppliers.get(plantedList.get(random.nextInt(plantedList.size()))));
        }
        long pairsAllPairs = 0;
        long pairsFound = 0;
        List<String> missed = new ArrayList<>();
        for (ScreeningSubject supplier : recallSample) {
            Set<Long> indexed = new HashSet<>();
            matcher.match(supplier).forEach(m -> indexed.add(m.entryId()));
            for (Match pair : matcher.matchAllPairs(supplier)) {
                pairsAllPairs++;
                if (indexed.contains(pair.entryId())) {
                    pairsFound++;
                } else if (missed.size() < 5) {
                    missed.add("'" + supplier.name() + "' ~ '" + pair.matchedName() + "' " + pair.score());
                }
            }
        }
        double recall = pairsAllPairs == 0 ? 100 : 100.0 * pairsFound / pairsAllPairs;
        if (!missed.isEmpty()) {
            System.out.println("INFO missed, for example: " + String.join("; ", missed));
        }
        System.out.printf(Locale.ROOT, "BENCH screening-speedup value=%.1f unit=x baseline=1 ratio=%.1f goal=>=50 %s"
                        + " (indexed: %d suppliers in %.1f s, %d hits at >= %.2f; every pair: %d sampled suppliers in %.1f s,"
                        + " extrapolated to %d: %.0f s)%n",
                speedup, speedup, speedup >= 50 ? "PASS" : "FAIL", suppliers.size(), indexedSeconds, hits,
                matcher.settings().threshold(), timing.size(), sampleSeconds, suppliers.size(), allPairsSeconds);
        System.out.printf(Locale.ROOT, "BENCH screening-recall value=%.2f unit=%% baseline=100 ratio=%.4f goal=>=99%% %s"
                        + " (the index found %d of the %d pairs that comparing every pair found at >= %.2f, over %d sampled"
                        + " suppliers, half of them planted near-matches)%n",
                recall, recall / 100, recall >= 99 ? "PASS" : "FAIL", pairsFound, pairsAllPairs,
                matcher.settings().threshold(), recallSample.size());
    }

    private String companyName() {
        StringBuilder name = new StringBuilder();
        if (random.nextInt(10) < 3) {
            name.append(pick(PLACES)).append(' ');
        }
        name.append(word());
        if (random.nextInt(10) < 4) {
            name.append(' ').append(word());
        }
        name.append(' ').append(pick(INDUSTRIES));
        if (random.nextInt(10) < 5) {
            name.append(' ').append(pick(GENERIC));
        }
        return name.append(' ').append(pick(LEGAL_FORMS)).toString();
    }

    private String word() {
        int syllables = 2 + random.nextInt(2);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(pick(SYLLABLES));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A near-match of a name as a clerk would write it: one typo, two words swapped, or another legal form. */
    private String mutate(String name) {
        String[] words = name.split(" ");
        switch (random.nextInt(3)) {
            case 0 -> {
                int w = random.nextInt(Math.max(1, words.length - 1));
                words[w] = typo(words[w]);
            }
            case 1 -> {
                if (words.length > 2) {
                    int w = random.nextInt(words.length - 2);
                    String swapped = words[w];
                    words[w] = words[w + 1];
                    words[w + 1] = swapped;
                }
            }
            default -> {
                return name.substring(0, name.lastIndexOf(' ')) + " " + pick(LEGAL_FORMS);
            }
        }
        return String.join(" ", words);
    }

    private String typo(String word) {
        if (word.length() < 3) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 1);
        char letter = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + letter + word.substring(at + 1);
            default -> at < word.length() - 1
                    ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
                    : word.substring(0, at) + letter;
        };
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
