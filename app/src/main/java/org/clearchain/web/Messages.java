package org.clearchain.web;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's words, from the bundles in {@code i18n/} (UTF-8): {@code messages} for the frame, and one per part of
 * the console, so that each part keeps its own words. Templates hold no text of their own; a key missing from a
 * bundle shows as {@code ??key??} and fails {@code MessagesTest}.
 */
@Singleton
public class Messages {

    /** Every bundle, each with its French twin {@code <name>_fr.properties}. */
    static final List<String> BUNDLES = List.of("messages", "public", "complaints", "officer", "lifecycle", "feeds");

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    public String get(Locale locale, String key, Object... args) {
        String pattern = find(locale, key);
        if (pattern == null) {
            return "??" + key + "??";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static String find(Locale locale, String key) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n." + name, locale, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException noSuchBundleYet) {
                // a part of the console without words of its own
            }
        }
        return null;
    }
}
