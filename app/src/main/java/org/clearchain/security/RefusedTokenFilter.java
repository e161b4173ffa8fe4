package org.clearchain.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import org.clearchain.common.ProblemException;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * A signed, unexpired token still counts for nothing once its user is disabled, or when it was issued before the
 * user's password last changed: every authenticated request asks the user table, so a disabled account is locked
 * out at once on every instance. A console session's request has asked it already ({@link WebSessions#authenticate}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RefusedTokenFilter implements Ordered {

    private final AppUserRepository users;

    RefusedTokenFilter(AppUserRepository users) {
        this.users = users;
    }

    /** After the security filter has read the token. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void refuseStaleTokens(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return;
        }
        if (WebSessions.userChecked(authentication.get())) {
            // a console session: WebSessions read the user a moment ago, in this request; a second read would say the same
            return;
        }
        Optional<AppUser> user = users.findByUsername(authentication.get().getName());
        if (user.isEmpty()) {
            throw ProblemException.of(HttpStatus.UNAUTHORIZED, "This token's user does not exist; log in with POST /login.");
        }
        if (!user.get().enabled()) {
            throw ProblemException.of(HttpStatus.UNAUTHORIZED, "This account is disabled; ask the platform admin.");
        }
        if (user.get().credentialsChangedAfter(issuedAt(authentication.get().getAttributes().get(Claims.ISSUED_AT)))) {
            throw ProblemException.of(HttpStatus.UNAUTHORIZED,
                    "This token was issued before the password was changed; log in again with POST /login.");
        }
    }

    private static @Nullable Instant issuedAt(@Nullable Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return claim instanceof Instant instant ? instant : null;
    }
}
