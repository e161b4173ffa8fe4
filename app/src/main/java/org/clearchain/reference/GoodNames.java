package org.clearchain.reference;

import org.clearchain.integrations.reference.BundledCsv;
import org.clearchain.integrations.text.Words;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a good named on a supplier finds the goods-list's name for it: without regard to case, accents, punctuation or
 * spacing ({@code acai berries} is {@code Açaí Berries}); a listed name is also found without its qualifier in
 * parentheses ({@code bidis} is {@code Bidis (hand-rolled cigarettes)}); a trailing plural "s" may be there or not
 * ({@code brick} is {@code Bricks}); and the synonyms of {@code reference/goods-list/synonyms.csv} lead from a
 * buyer's word to ILAB's ({@code apparel} is {@code Garments}, {@code cassava} is {@code Manioc/Cassava}).
 */
public final class GoodNames {

    static final String SYNONYMS = "reference/goods-list/synonyms.csv";

    private final Map<String, String> listedNameBySynonym = new HashMap<>();

    private GoodNames() {
        BundledCsv.records(SYNONYMS).forEach(row ->
                listedNameBySynonym.put(Words.of(ReferenceDataCsv.get(row, "written")), ReferenceDataCsv.get(row, "ilab_good")));
    }

    private static final class Bundled {
        private static final GoodNames INSTANCE = new GoodNames();
    }

    public static GoodNames bundled() {
        return Bundled.INSTANCE;
    }

    /** The synonyms and the listed names they lead to. */
    public Map<String, String> synonyms() {
        return Map.copyOf(listedNameBySynonym);
    }

    /** The keys under which a listed good is found: its folded name, and that name without its qualifier. */
    static Set<String> keysOfListed(String listed) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Words.of(listed));
        String unqualified = listed.replaceAll("\\([^)]*\\)", " ");
        if (!Words.of(unqualified).isEmpty()) {
            keys.add(Words.of(unqualified));
        }
        return keys;
    }

    /** The keys to look a written good up under, best first: as written, then through the synonyms, then the plural. */
    Set<String> keysOfWritten(String written) {
        Set<String> keys = new LinkedHashSet<>();
        String folded = Words.of(written);
        if (folded.isEmpty()) {
            return keys;
        }
        keys.add(folded);
        String listed = listedNameBySynonym.get(folded);
        if (listed != null) {
            keys.add(Words.of(listed));
        }
        keys.add(folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded + "s");
        return keys;
    }
}
