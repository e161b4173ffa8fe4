package org.clearchain.supplier;

import org.clearchain.integrations.text.Words;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether two suppliers of one country are likely the same company, by name and, where both are known, the address of
 * the main site. Names are compared as {@link SupplierNames#key} leaves them (no case, accents, punctuation or legal
 * forms), with the usual abbreviations written out ("Mfg", "Intl", "Gmts") and plurals made singular, word by word in
 * any order: a word with one typo (a letter changed, missing, added or two swapped) still counts, nearly in full. Words
 * every garment maker's name has ("garment", "fashion", "industrial") weigh less than the ones that tell two firms
 * apart, so "Dongguan Luyang Shoes" and "Dongguan Xinhua Shoes" stay two. An address as alike as {@link #SAME_ADDRESS}
 * lets a name that is only half alike count: the same firm under a shortened or trading name. Plain Java.
 */
public final class SupplierLikeness {

    /** Names at least this alike are the same supplier, wherever it is. */
    static final double SAME_NAME = 0.86;
    /** Addresses at least this alike are the same place... */
    static final double SAME_ADDRESS = 0.80;
    /** ...where a name at least this alike is then the same supplier. */
    static final double NAME_AT_SAME_ADDRESS = 0.50;
    /** A word matched through a typo counts this much of its weight. */
    private static final double TYPO_CREDIT = 0.9;
    /** The weight of words an address needs before it may count as lying inside a longer one. */
    private static final double ADDRESS_SAYS_ENOUGH = 3;
    /** Weight of a word that many suppliers' names share. */
    private static final double COMMON_WORD = 0.35;

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("intl", "international"), Map.entry("int", "international"), Map.entry("mfg", "manufacturing"),
            Map.entry("mfr", "manufacturing"), Map.entry("mfrs", "manufacturing"), Map.entry("manufacturer", "manufacturing"),
            Map.entry("gmt", "garment"), Map.entry("gmts", "garment"), Map.entry("ind", "industry"),
            Map.entry("inds", "industry"), Map.entry("indus", "industry"), Map.entry("industries", "industry"),
            Map.entry("industrial", "industry"), Map.entry("tex", "textile"), Map.entry("txt", "textile"),
            Map.entry("bros", "brother"), Map.entry("assoc", "associate"), Map.entry("dev", "development"),
            Map.entry("grp", "group"), Map.entry("entp", "enterprise"), Map.entry("ent", "enterprise"),
            Map.entry("exp", "export"), Map.entry("expo", "export"), Map.entry("exports", "export"),
            Map.entry("fty", "factory"), Map.entry("fac", "factory"), Map.entry("trdg", "trading"),
            Map.entry("knitting", "knit"), Map.entry("knitwear", "knit"), Map.entry("knitwears", "knit"),
            Map.entry("clothes", "clothing"), Map.entry("apparels", "apparel"), Map.entry("dyeing", "dye"),
            // address words
            Map.entry("rd", "road"), Map.entry("st", "street"), Map.entry("str", "street"), Map.entry("ave", "avenue"),
            Map.entry("blvd", "boulevard"), Map.entry("hwy", "highway"), Map.entry("dist", "district"),
            Map.entry("bldg", "building"), Map.entry("fl", "floor"), Map.entry("flr", "floor"), Map.entry("vill", "village"), Map.entry("prov", "province"), Map.entry("zn", "zone"));

    /** Words that say nothing about which firm it is: legal-form remnants and joining words. */
    private static final Set<String> IGNORED = Set.of("private", "public", "and", "of", "the", "no", "number", "nr",
            "de", "la", "le", "et", "y", "del", "des", "du");

    private static final Set<String> LONG_LEGAL_FORMS = Set.of("limited", "company", "corporation", "incorporated",
            "private", "cooperative");

    private static final Set<String> COMMON = Set.of("garment", "apparel", "textile", "knit", "fashion", "industry",
            "international", "group", "factory", "manufacturing", "shoe", "footwear", "clothing", "cloth", "trading",
            "enterprise", "product", "sweater", "denim", "wear", "dress", "design", "export", "import", "mill",
            "composite", "fabric", "dye", "printing", "washing", "accessory", "holding", "china", "global", "sport",
            "sportswear", "leather", "bag", "toy", "home", "fibre", "fiber", "yarn", "spinning", "weaving",
            "outerwear", "underwear", "lingerie", "intimate", "uniform", "embroidery", "development",
            "technology", "science", "new", "city", "road", "street", "district", "zone", "village", "town", "county",
            "province", "building", "floor", "area", "park", "estate", "block", "plot", "section");

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    private SupplierLikeness() {
    }

    /**
     * A supplier's name as the comparison reads it, worked out once: a search compares one name with every supplier of
     * a country, and reading a name (folding, legal forms, abbreviations) costs far more than comparing two read ones.
     */
    public record Name(String key, List<String> words, List<String> numbers, String glued, double weight) {

        public static Name of(String name) {
            String key = SupplierNames.key(name);
            List<String> words = List.copyOf(canonical(key));
            return new Name(key, words, words.stream().filter(SupplierLikeness::isNumber).toList(), String.join("", words),
                    SupplierLikeness.weight(words));
        }
    }

    /** Two suppliers of the same country; an address may be null (not known). */
    public static boolean likelySame(String nameA, String addressA, String nameB, String addressB) {
        return likelySame(Name.of(nameA), addressA, Name.of(nameB), addressB);
    }

    /** What the names alone say of two suppliers of one country. */
    public enum ByName { SAME, SAME_AT_THE_SAME_ADDRESS, DIFFERENT }

    /** The same, with the names read already. */
    public static boolean likelySame(Name nameA, String addressA, Name nameB, String addressB) {
        return switch (byName(nameA, nameB)) {
            case SAME -> true;
            case SAME_AT_THE_SAME_ADDRESS -> addressA != null && addressB != null && sameAddress(addressA, addressB);
            case DIFFERENT -> false;
        };
    }

    /** The names' verdict: the same supplier, the same only if at the same address, or different. */
    public static ByName byName(Name a, Name b) {
        if (numbered(a, b)) {
            return ByName.DIFFERENT;
        }
        double names = names(a, b);
        return names >= SAME_NAME ? ByName.SAME : names >= NAME_AT_SAME_ADDRESS ? ByName.SAME_AT_THE_SAME_ADDRESS : ByName.DIFFERENT;
    }

    /** Two main sites' addresses alike enough to be the same place. */
    public static boolean sameAddress(String a, String b) {
        return addresses(a, b) >= SAME_ADDRESS;
    }

    /** 0 (nothing alike) to 1 (the same name once legal forms, case, accents, order and abbreviations are set aside). */
    static double names(String a, String b) {
        return names(Name.of(a), Name.of(b));
    }

    private static double names(Name a, Name b) {
        if (a.words().isEmpty() || b.words().isEmpty()) {
            return a.key().equals(b.key()) ? 1 : 0;
        }
        // "Woolware" and "Wool Ware": the same letters, spaced differently
        String gluedA = a.glued();
        String gluedB = b.glued();
        if (gluedA.equals(gluedB)) {
            return 1;
        }
        double glued = gluedA.length() >= 8 && oneEdit(gluedA, gluedB) ? TYPO_CREDIT : 0;
        return Math.max(glued, wordsAlike(a.words(), a.weight(), b.words(), b.weight()));
    }

    /**
     * Like {@link #names}, for addresses: numbers must agree exactly, since they tell neighbours apart. An address that
     * lies whole inside the other (the same without floor or country) is as good as equal, once it says enough.
     */
    static double addresses(String a, String b) {
        List<String> wordsA = addressWords(a);
        List<String> wordsB = addressWords(b);
        double alike = wordsAlike(wordsA, weight(wordsA), wordsB, weight(wordsB));
        double shorter = Math.min(weight(wordsA), weight(wordsB));
        if (shorter < ADDRESS_SAYS_ENOUGH) {
            return alike;
        }
        return Math.max(alike, alike * (weight(wordsA) + weight(wordsB)) / (2 * shorter));
    }

    /** "Unit 3" and "Unit 4", "Factory 1" and "Factory 2": one firm's different sites, each a supplier of its own. */
    private static boolean numbered(Name a, Name b) {
        return !a.numbers().isEmpty() && !b.numbers().isEmpty() && !a.numbers().equals(b.numbers());
    }

    private static List<String> addressWords(String address) {
        // "No.8" and "No. 8", "2/F" and "2 F": numbers apart from the letters around them
        return canonical(Words.of(address).replaceAll("(?<=\\p{N})(?=\\p{L})|(?<=\\p{L})(?=\\p{N})", " "));
    }

    private static List<String> canonical(String words) {
        List<String> out = new ArrayList<>();
        for (String word : words.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = ABBREVIATIONS.getOrDefault(word, word);
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.chars().allMatch(Character::isDigit)) {
                w = ABBREVIATIONS.getOrDefault(w.substring(0, w.length() - 1), w.substring(0, w.length() - 1));
            }
            if (!IGNORED.contains(w) && !misspeltLegalForm(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** "Limted", "Compnay": a legal form with a typo is still a legal form, and says nothing about the firm. */
    private static boolean misspeltLegalForm(String word) {
        return word.length() >= 6 && LONG_LEGAL_FORMS.stream().anyMatch(form -> wordMatch(word, form) > 0 && word.length() >= form.length() - 1);
    }

    /**
     * Weighted Dice over words in any order: twice the weight of the words both share (each used once) over the weight of
     * all. A number matches only itself; a word of four letters or more also matches one typo away.
     */
    private static double wordsAlike(List<String> a, double weightA, List<String> b, double weightB) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double total = weightA + weightB;
        boolean[] used = new boolean[b.size()];
        double shared = 0;
        for (String word : a) {
            int best = -1;
            double credit = 0;
            for (int j = 0; j < b.size(); j++) {
                if (used[j]) {
                    continue;
                }
                double c = wordMatch(word, b.get(j));
                if (c > credit) {
                    credit = c;
                    best = j;
                    if (c == 1) {
                        break;
                    }
                }
            }
            if (best >= 0) {
                used[best] = true;
                shared += credit * (weight(word) + weight(b.get(best))) / 2;
            }
        }
        return 2 * shared / total;
    }

    private static double wordMatch(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < 4 || b.length() < 4 || isNumber(a) || isNumber(b)) {
            return 0;
        }
        if (oneEdit(a, b) || swapped(a, b)) {
            return TYPO_CREDIT;
        }
        // a word cut short: "Developm" for "Development", "Garm" for "Garment"
        if ((a.length() >= 5 && b.startsWith(a)) || (b.length() >= 5 && a.startsWith(b))) {
            return TYPO_CREDIT;
        }
        return 0;
    }

    /** At most one letter changed, missing or added; the length test first spares most pairs the distance. */
    private static boolean oneEdit(String a, String b) {
        return Math.abs(a.length() - b.length()) <= 1 && ONE_EDIT.apply(a, b) >= 0;
    }

    /** Two neighbouring letters swapped: "Garmnet" for "Garment". */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }

    private static double weight(List<String> words) {
        return words.stream().mapToDouble(SupplierLikeness::weight).sum();
    }

    private static double weight(String word) {
        return COMMON.contains(word) ? COMMON_WORD : 1;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
