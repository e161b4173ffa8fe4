package org.clearchain.web;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's words, from {@code i18n/messages*.properties} (UTF-8). Templates hold no text of their own; a key
 * missing from a bundle shows as {@code ??key??} and fails {@code MessagesTest}.
 */
@Singleton
public class Messages {

    static final String BUNDLE = "i18n.messages";

    public String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return "??" + key + "??";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
