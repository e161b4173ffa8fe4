package org.clearchain.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.clearchain.security.Actor;
import org.clearchain.security.WebSessions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Makes the {@link Page} a template is drawn with, from the request it answers. */
@Singleton
public class Pages {

    private final Messages messages;
    private final CsrfTokens tokens;

    Pages(Messages messages, CsrfTokens tokens) {
        this.messages = messages;
        this.tokens = tokens;
    }

    /** A request attribute: a page of ours answers this request, even when its status is an error (a form's 400). */
    private static final String DRAWN = "clearchain.page.drawn";

    /** A page titled by the message {@code titleKey} (with its arguments). */
    public Page of(HttpRequest<?> request, String titleKey, Object... args) {
        request.setAttribute(DRAWN, Boolean.TRUE);
        Locale locale = Languages.of(request);
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        Viewer viewer = authentication.map(a -> {
            Actor actor = Actor.of(a);
            return new Viewer(actor.name(), actor.role(), actor.organisationId());
        }).orElse(null);
        return new Page(messages, locale, messages.get(locale, titleKey, args), viewer, tokens.forPage(request),
                request.getPath(), List.of());
    }

    static boolean drewPageFor(HttpRequest<?> request) {
        return request.getAttribute(DRAWN, Boolean.class).orElse(false);
    }

    public Messages messages() {
        return messages;
    }

    /** The session's token when signed in through the console, else the visitor's own token cookie. */
    static Optional<String> sessionToken(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(a -> a.getAttributes().get(WebSessions.CSRF_ATTRIBUTE))
                .map(Object::toString);
    }

    static Optional<String> visitorToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(CsrfTokens.COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }
}
