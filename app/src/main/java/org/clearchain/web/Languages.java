package org.clearchain.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The console's two languages: the one the visitor chose (a cookie), else the browser's preference, else English. */
public final class Languages {

    public static final String COOKIE = "clearchain_lang";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Languages() {
    }

    public static Locale of(HttpRequest<?> request) {
        Optional<Locale> chosen = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(Languages::supported);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (accept != null && !accept.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformed) {
                // a header no browser sends: English
            }
        }
        return Locale.ENGLISH;
    }

    public static Optional<Locale> supported(String tag) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
    }
}
