package org.clearchain.recruiter;

import org.clearchain.integrations.text.Words;

/**
 * The spelling under which names of one recruiter gather: lower case, accents and punctuation dropped, spaces
 * collapsed — "  AGENCE  Générale-Dakar " and "agence generale dakar" are one name.
 */
public final class RecruiterNames {

    private RecruiterNames() {
    }

    public static String normalise(String name) {
        return Words.of(name);
    }
}
