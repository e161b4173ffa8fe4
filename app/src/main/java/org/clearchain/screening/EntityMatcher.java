package org.clearchain.screening;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.clearchain.supplier.SupplierNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the list entries a supplier or agency looks like. Names are compared as {@link SupplierNames#key} makes
 * them (no case, accents, punctuation or legal-form words): an equal key is an exact match. Otherwise the candidates
 * are the entries that share with the subject a rare-enough word, the first four to six letters of one, its first
 * and last three letters, the word less one letter (so one typo still meets), or an identifier. Each candidate's
 * names are scored word by word with Jaro-Winkler, every word weighed by how rare it is among the listed names, in
 * both directions (so word order does not matter, and "Brick Industrial" in common does not make two different
 * brickworks alike), then moved by country and identifier agreement. Plain Java: built once from the entries, then
 * read by any number of threads.
 */
public final class EntityMatcher {

    /** How a subject and an entry are weighed; the defaults are the application's. */
    public record Settings(double threshold, double countryAgreement, double countryDisagreement,
                           double identifierAgreement, int minimumPosting, double postingShare) {

        public static final Settings DEFAULT = new Settings(0.90, 0.02, 0.05, 0.15, 200, 0.002);

        public Settings withThreshold(double value) {
            return new Settings(value, countryAgreement, countryDisagreement, identifierAgreement, minimumPosting, postingShare);
        }
    }

    private static final int AFFIX = 4;
    private static final int SHORTEST_IDENTIFIER = 5;
    /** Two words less alike than this count as different words, not as a little alike. */
    private static final double WORD_FLOOR = 0.88;
    private static final int LONGEST_PREFIX = 6;
    private static final int ENDS = 3;

    private final Settings settings;
    private final ScreenedEntry[] entries;
    private final Name[][] names;
    private final Map<String, int[]> postings;
    private final Map<String, int[]> exact;
    private final Map<String, int[]> identifiers;
    /** A word, prefix or suffix shared by more entries than this is too common to find candidates by. */
    private final int rareEnough;
    private final Map<String, Double> rarity;
    private final double unseen;
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

    /** A name prepared once: its key, its distinct words, and each word's weight. */
    private record Name(String original, String key, String[] words, double[] weights, double total) {

        static Name of(String original) {
            String key = SupplierNames.key(original);
            String[] words = key.isEmpty() ? new String[0] : Arrays.stream(key.split(" ")).distinct().toArray(String[]::new);
            return new Name(original, key, words, new double[words.length], 0);
        }

        Name weighed(Map<String, Double> rarity, double unseen) {
            double[] weights = new double[words.length];
            double total = 0;
            for (int i = 0; i < words.length; i++) {
                weights[i] = rarity.getOrDefault(words[i], unseen);
                total += weights[i];
            }
            return new Name(original, key, words, weights, total);
        }
    }

    public EntityMatcher(Collection<ScreenedEntry> listed, Settings settings) {
        this.settings = settings;
        this.entries = listed.toArray(ScreenedEntry[]::new);
        this.names = new Name[entries.length][];
        Map<String, IntList> postings = new HashMap<>();
        Map<String, IntList> exact = new HashMap<>();
        Map<String, IntList> identifiers = new HashMap<>();
        Map<String, IntList> wordEntries = new HashMap<>();
        for (int i = 0; i < entries.length; i++) {
            names[i] = entries[i].names().stream().map(Name::of).filter(n -> !n.key().isEmpty()).toArray(Name[]::new);
            for (Name name : names[i]) {
                for (String word : name.words()) {
                    wordEntries.computeIfAbsent(word, k -> new IntList()).addOnce(i);
                }
            }
        }
        this.rarity = new HashMap<>(wordEntries.size() * 2);
        this.unseen = Math.log(1.0 + entries.length);
        wordEntries.forEach((word, list) -> rarity.put(word, Math.log(1.0 + (double) entries.length / (1 + list.size()))));
        for (int i = 0; i < entries.length; i++) {
            for (int n = 0; n < names[i].length; n++) {
                names[i][n] = names[i][n].weighed(rarity, unseen);
            }
            for (Name name : names[i]) {
                exact.computeIfAbsent(name.key(), k -> new IntList()).addOnce(i);
                for (String word : name.words()) {
                    for (String blockingKey : blockingKeys(word)) {
                        postings.computeIfAbsent(blockingKey, k -> new IntList()).addOnce(i);
                    }
                }
            }
            for (String identifier : entries[i].identifiers()) {
                String normalised = identifier(identifier);
                if (normalised.length() >= SHORTEST_IDENTIFIER) {
                    identifiers.computeIfAbsent(normalised, k -> new IntList()).addOnce(i);
                }
            }
        }
        this.postings = frozen(postings);
        this.exact = frozen(exact);
        this.identifiers = frozen(identifiers);
        this.rareEnough = Math.max(settings.minimumPosting(), (int) (entries.length * settings.postingShare()));
    }

    public int size() {
        return entries.length;
    }

    public Settings settings() {
        return settings;
    }

    /** The entries the subject matches at or above the threshold, best first, found through the index. */
    public List<Match> match(ScreeningSubject subject) {
        Name name = Name.of(subject.name()).weighed(rarity, unseen);
        int[] candidates = candidates(subject, name);
        return scored(subject, name, candidates);
    }

    /** The same scoring against every entry: the baseline the index is measured against, and a check of its recall. */
    public List<Match> matchAllPairs(ScreeningSubject subject) {
        Name name = Name.of(subject.name()).weighed(rarity, unseen);
        int[] all = new int[entries.length];
        Arrays.setAll(all, i -> i);
        return scored(subject, name, all);
    }

    private List<Match> scored(ScreeningSubject subject, Name name, int[] candidates) {
        List<Match> matches = new ArrayList<>();
        if (name.key().isEmpty() && blank(subject.registrationNumber())) {
            return matches;
        }
        String identifier = blank(subject.registrationNumber()) ? "" : identifier(subject.registrationNumber());
        for (int candidate : candidates) {
            Match match = score(subject, name, identifier, candidate);
            if (match != null) {
                matches.add(match);
            }
        }
        matches.sort((a, b) -> Double.compare(b.score(), a.score()));
        return matches;
    }

    private int[] candidates(ScreeningSubject subject, Name name) {
        IntList found = new IntList();
        int[] fallback = null;
        for (String word : name.words()) {
            for (String blockingKey : blockingKeys(word)) {
                int[] posting = postings.get(blockingKey);
                if (posting == null) {
                    continue;
                }
                if (posting.length <= rareEnough) {
                    found.addAll(posting);
                } else if (blockingKey.equals(word) && (fallback == null || posting.length < fallback.length)) {
                    fallback = posting;
                }
            }
        }
        if (found.size() == 0 && fallback != null) {
            // every word is common ("Global Textile Trading"): the rarest still narrows the search
            found.addAll(fallback);
        }
        int[] sameKey = exact.get(name.key());
        if (sameKey != null) {
            found.addAll(sameKey);
        }
        if (!blank(subject.registrationNumber())) {
            int[] sameNumber = identifiers.get(identifier(subject.registrationNumber()));
            if (sameNumber != null) {
                found.addAll(sameNumber);
            }
        }
        return found.distinct();
    }

    /**
     * The word itself, its first letters, its two ends, and the word with each letter left out in turn: a word with
     * one typo (a letter changed, added, dropped, or two swapped) shares one of these with its original, and so do
     * most words that Jaro-Winkler finds alike.
     */
    private static List<String> blockingKeys(String word) {
        if (word.length() < AFFIX) {
            return List.of(word);
        }
        List<String> keys = new ArrayList<>(word.length() + 2);
        keys.add(word);
        for (int length = AFFIX; length < word.length() && length <= LONGEST_PREFIX; length++) {
            // Jaro-Winkler favours a shared beginning: "sarsid" and "sarsidxin" are 0.93 alike
            keys.add("<" + word.substring(0, length));
        }
        if (word.length() >= 2 * ENDS) {
            // a word with letters slipped into its middle keeps its ends: "mekdor" and "mekkador"
            keys.add(word.substring(0, ENDS) + "|" + word.substring(word.length() - ENDS));
        }
        for (int i = 0; i < word.length(); i++) {
            // in the words' own namespace: a word with a letter added meets the original word itself
            keys.add(word.substring(0, i) + word.substring(i + 1));
        }
        return keys;
    }

    /**
     * How alike two names are, 0–1: each word of one meets its most similar word of the other (Jaro-Winkler, none
     * below {@link #WORD_FLOOR}), weighed by its rarity; the lower of the two directions, so that neither name may
     * carry words of weight the other lacks.
     */
    private double similarity(Name a, Name b) {
        return Math.min(directed(a, b), directed(b, a));
    }

    private double directed(Name from, Name to) {
        if (from.total() == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < from.words().length; i++) {
            String word = from.words()[i];
            double best = 0;
            for (String other : to.words()) {
                double s = word.equals(other) ? 1.0 : similarity.apply(word, other);
                if (s > best) {
                    best = s;
                    if (best == 1.0) {
                        break;
                    }
                }
            }
            sum += from.weights()[i] * (best >= WORD_FLOOR ? best : 0);
        }
        return sum / from.total();
    }

    private Match score(ScreeningSubject subject, Name name, String identifier, int index) {
        ScreenedEntry entry = entries[index];
        double best = 0;
        Name matched = null;
        boolean exactName = false;
        for (Name candidate : names[index]) {
            double similarity;
            if (candidate.key().equals(name.key())) {
                similarity = 1.0;
            } else {
                similarity = similarity(name, candidate);
            }
            if (similarity > best || similarity == best && candidate.key().equals(name.key())) {
                best = similarity;
                matched = candidate;
                exactName = candidate.key().equals(name.key());
            }
        }
        List<String> reasons = new ArrayList<>(3);
        double score = best;
        if (matched != null) {
            reasons.add(exactName ? "same name as '" + matched.original() + "' once case, accents, punctuation and legal form are set aside"
                    : String.format(Locale.ROOT, "name %.2f similar to '%s'", best, matched.original()));
        }
        boolean sameIdentifier = !identifier.isEmpty() && identifier.length() >= SHORTEST_IDENTIFIER
                && entry.identifiers().stream().anyMatch(i -> identifier(i).equals(identifier));
        if (sameIdentifier) {
            score = Math.max(score + settings.identifierAgreement(), settings.threshold() + 0.05);
            reasons.add("registration number " + subject.registrationNumber() + " is on the entry");
        }
        if (subject.country() != null && !entry.countries().isEmpty()) {
            if (entry.countries().contains(subject.country())) {
                score += settings.countryAgreement();
                reasons.add("country " + subject.country() + " agrees");
            } else {
                score -= settings.countryDisagreement();
                reasons.add("listed in " + String.join(", ", entry.countries()) + ", not " + subject.country());
            }
        }
        score = Math.min(1.0, Math.max(0.0, score));
        if (score < settings.threshold() || matched == null && !sameIdentifier) {
            return null;
        }
        String shownName = matched == null ? entry.names().get(0) : matched.original();
        return new Match(entry, Math.round(score * 10_000) / 10_000.0, shownName, List.copyOf(reasons));
    }

    /** Registration numbers meet without spaces, dashes, dots or case. */
    static String identifier(String value) {
        StringBuilder normalised = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                normalised.append(Character.toUpperCase(c));
            }
        }
        return normalised.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Map<String, int[]> frozen(Map<String, IntList> lists) {
        Map<String, int[]> frozen = new HashMap<>(lists.size() * 2);
        lists.forEach((key, list) -> frozen.put(key, list.toArray()));
        return frozen;
    }

    /** A growable list of entry indices. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** Entries are indexed in order, so a repeat of the same entry is always the last one added. */
        void addOnce(int value) {
            if (size == 0 || values[size - 1] != value) {
                add(value);
            }
        }

        void addAll(int[] more) {
            for (int value : more) {
                add(value);
            }
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }

        int[] distinct() {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[n++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, n);
        }
    }
}
