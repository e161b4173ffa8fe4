package org.clearchain.integrations.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names as people write them, brought to one spelling for matching: the one folding of supplier, site, sector and
 * country names in the application and the feeds.
 */
public final class Words {

    private Words() {
    }

    /** Text as its words alone (no case, accents or punctuation, "&amp;" as "and"), one space between them. */
    public static String of(String text) {
        return String.join(" ", fold(text).split("[^\\p{L}\\p{N}]+")).strip();
    }

    /** Lower case without accents, letters that do not decompose spelled plainly (ł as l, ß as ss), "&amp;" as "and". */
    public static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT)
                        .replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")
                        .replace("æ", "ae").replace("œ", "oe").replace("ı", "i").replace("&", " and "),
                Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }
}
