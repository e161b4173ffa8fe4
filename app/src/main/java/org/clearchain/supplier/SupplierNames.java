package org.clearchain.supplier;

import org.clearchain.integrations.text.Words;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The key under which two supplier names count as the same: no case, no accents, no punctuation, and no
 * legal-form words, so "Usine Générale S.A.R.L." and "usine generale" meet.
 */
public final class SupplierNames {

    private static final Set<String> LEGAL_FORMS = Set.of(
            "ltd", "limited", "llc", "llp", "inc", "incorporated", "corp", "corporation", "co", "company", "plc",
            "gmbh", "ag", "kg", "ohg", "ug", "sa", "sas", "sasu", "sarl", "eurl", "snc", "srl", "spa", "sl", "slu",
            "bv", "nv", "vof", "ab", "as", "asa", "oy", "oyj", "aps", "sro", "kft", "zrt",
            "doo", "ad", "ood", "eood", "pvt", "pte", "pty", "sdn", "bhd", "tbk", "pt", "cv", "ltda", "jsc", "ojsc",
            "pjsc", "ooo", "zao", "oao", "kk", "yk", "cia", "scs", "sca", "cooperative", "coop");

    private SupplierNames() {
    }

    public static String key(String name) {
        String folded = Words.fold(name);
        // Forms that span words ("Sp. z o.o.", "Joint Stock Company") go first; "S.A.R.L." then loses its dots.
        String joined = folded.replaceAll("\\bsp\\.?\\s*z\\s*o\\.?\\s*o\\.?", " ")
                .replaceAll("\\bjoint[- ]stock\\b", " ")
                .replaceAll("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)", "").replace(".", " ");
        return Arrays.stream(joined.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !LEGAL_FORMS.contains(w))
                .collect(Collectors.joining(" "));
    }
}
