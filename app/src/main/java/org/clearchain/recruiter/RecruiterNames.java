package org.clearchain.recruiter;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The spelling under which names of one recruiter gather: lower case, accents and punctuation dropped, spaces
 * collapsed — "  AGENCE  Générale-Dakar " and "agence generale dakar" are one name.
 */
public final class RecruiterNames {

    private RecruiterNames() {
    }

    public static String normalise(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT)
                // letters that Unicode does not decompose into a base letter and an accent
                .replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss").replace("æ", "ae")
                .replace("œ", "oe").replace("ı", "i");
        String unaccented = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return unaccented.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
