package org.clearchain.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The console's cookies: HttpOnly, SameSite, and Secure whenever the request came over TLS (directly, or through a
 * proxy that says so in {@code X-Forwarded-Proto}) or {@code clearchain.web.secure-cookies} is set.
 */
@Singleton
public class Cookies {

    private final boolean alwaysSecure;

    Cookies(@Value("${clearchain.web.secure-cookies:false}") boolean alwaysSecure) {
        this.alwaysSecure = alwaysSecure;
    }

    public Cookie make(HttpRequest<?> request, String name, String value, Duration maxAge, SameSite sameSite) {
        return Cookie.of(name, value).path("/").httpOnly(true).sameSite(sameSite).maxAge(maxAge).secure(secure(request));
    }

    public Cookie expire(HttpRequest<?> request, String name) {
        return make(request, name, "", Duration.ZERO, SameSite.Lax);
    }

    private boolean secure(HttpRequest<?> request) {
        return alwaysSecure || request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
