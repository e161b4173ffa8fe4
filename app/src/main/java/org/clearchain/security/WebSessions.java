package org.clearchain.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import jakarta.inject.Singleton;
import org.clearchain.cluster.ClusterLeases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions of the web console, kept in the database so that signing out ends them at once and on every instance.
 * A session ends after {@code clearchain.web.session.idle-timeout} without a request, and
 * {@code absolute-timeout} after it began whatever its use — the same eight hours as an API token.
 */
@Singleton
public class WebSessions {

    public static final String COOKIE = "clearchain_session";
    /** The session's form token, carried into the page by the authentication's attributes. */
    public static final String CSRF_ATTRIBUTE = "csrf";
    /**
     * Set on a session's authentication when {@link #authenticate} found its user enabled and its password unchanged
     * since the session began, so that {@link RefusedTokenFilter} does not read the user a second time. Its value is
     * an object of ours, which no claim of a token can be.
     */
    private static final String USER_CHECKED_ATTRIBUTE = "clearchain.userChecked";
    private static final Object USER_CHECKED = new Object() {
        @Override
        public String toString() {
            return "checked";
        }
    };
    /** A session is touched at most once a minute, so that reading pages is not a write per request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    static final String PURGE_LEASE = "web-session-purge";

    private final SecureRandom random = new SecureRandom();
    private final WebSessionRepository sessions;
    private final AppUserRepository users;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final ClusterLeases leases;

    WebSessions(WebSessionRepository sessions, AppUserRepository users, Clock clock,
                @Value("${clearchain.web.session.idle-timeout:30m}") Duration idleTimeout,
                @Value("${clearchain.web.session.absolute-timeout:8h}") Duration absoluteTimeout, ClusterLeases leases) {
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        this.leases = leases;
    }

    /** Begins a session for a user who has just signed in; the answer is the cookie's value. */
    public String open(Authentication user) {
        String cookie = randomToken();
        Instant now = clock.instant();
        sessions.save(new WebSession(hash(cookie), user.getName(), randomToken(), now, now));
        return cookie;
    }

    /** Who holds this cookie, as the API's token would say it, or nothing when the session is over or unknown. */
    public Optional<Authentication> authenticate(String cookie) {
        Optional<WebSession> found = sessions.findById(hash(cookie));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WebSession session = found.get();
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.deleteById(session.idHash());
            return Optional.empty();
        }
        Optional<AppUser> user = users.findByUsername(session.username());
        if (user.isEmpty() || !user.get().enabled()) {
            sessions.deleteById(session.idHash());
            return Optional.empty();
        }
        if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            sessions.updateLastSeen(session.idHash(), now);
        }
        AppUser u = user.get();
        Map<String, Object> attributes = new HashMap<>(Map.of(
                Actor.ORGANISATION_CLAIM, u.organisationId(),
                // iat is the session's start, so RefusedTokenFilter refuses it when the password changed since
                Claims.ISSUED_AT, session.createdAt().getEpochSecond(),
                CSRF_ATTRIBUTE, session.csrfToken()));
        if (!u.credentialsChangedAfter(session.createdAt())) {
            attributes.put(USER_CHECKED_ATTRIBUTE, USER_CHECKED);
        }
        return Optional.of(Authentication.build(u.username(), List.of(u.role().name()), attributes));
    }

    /** Whether {@link #authenticate} made this authentication, having just found its user able to sign in. */
    static boolean userChecked(Authentication authentication) {
        return authentication.getAttributes().get(USER_CHECKED_ATTRIBUTE) == USER_CHECKED;
    }

    public void close(String cookie) {
        sessions.deleteById(hash(cookie));
    }

    public Duration absoluteTimeout() {
        return absoluteTimeout;
    }

    /** One delete for the whole cluster, on the instance holding the lease. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purgeExpired() {
        leases.runIfLeader(PURGE_LEASE, () -> {
            Instant now = clock.instant();
            sessions.deleteExpired(now.minus(idleTimeout), now.minus(absoluteTimeout));
        });
    }

    private boolean expired(WebSession session, Instant now) {
        return session.lastSeenAt().plus(idleTimeout).isBefore(now) || session.createdAt().plus(absoluteTimeout).isBefore(now);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String cookie) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
