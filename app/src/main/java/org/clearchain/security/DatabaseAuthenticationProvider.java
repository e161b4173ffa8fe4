package org.clearchain.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /login} ({@link LoginController}): checks the user's BCrypt hash and puts role and organisation into
 * the token. The name is looked up as normalised ({@link Usernames}), and compared exactly.
 */
@Singleton
class DatabaseAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final AppUserRepository users;
    private final PasswordHasher hasher;

    DatabaseAuthenticationProvider(AppUserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authRequest) {
        String password = authRequest.getSecret() == null ? "" : authRequest.getSecret();
        Optional<AppUser> user = users.findByUsername(Usernames.normalise(authRequest.getIdentity()));
        if (user.isEmpty()) {
            hasher.spendTimeLikeAMatch(password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!hasher.matches(password, user.get().passwordHash())) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!user.get().enabled()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        return AuthenticationResponse.success(user.get().username(), List.of(user.get().role().name()),
                Map.of(Actor.ORGANISATION_CLAIM, user.get().organisationId()));
    }
}
