package org.clearchain.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.RevisionView;
import org.clearchain.audit.Revisions;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.AppUser;
import org.clearchain.security.AppUserRepository;
import org.clearchain.security.CodeRedemption;
import org.clearchain.security.CodeValidity;
import org.clearchain.security.OneTimeCodes;
import org.clearchain.security.PasswordHasher;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What happens to users after their creation: the admin disables and enables them and issues password-reset codes;
 * each user changes their own password. A changed password refuses the tokens issued before it.
 */
@Singleton
public class UserAdministration {

    private static final String RESET = "password-reset code";

    private final AppUserRepository users;
    private final PasswordResetRepository resets;
    private final PasswordHasher hasher;
    private final OneTimeCodes codes;
    private final CodeValidity validity;
    private final Revisions revisions;
    private final Clock clock;

    UserAdministration(AppUserRepository users, PasswordResetRepository resets, PasswordHasher hasher, OneTimeCodes codes,
                       CodeValidity validity, Revisions revisions, Clock clock) {
        this.users = users;
        this.resets = resets;
        this.hasher = hasher;
        this.codes = codes;
        this.validity = validity;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Transactional
    public UserView setEnabled(Actor admin, long userId, boolean enabled, String reason) {
        AppUser user = user(userId);
        if (!enabled && user.username().equals(admin.name())) {
            throw ProblemException.conflict("You cannot disable your own account; another admin can.");
        }
        AppUser changed = users.update(user.enabled(enabled));
        revisions.record(admin, enabled ? "user.enable" : "user.disable", "user", userId, UserView.of(user),
                UserView.of(changed), reason);
        return UserView.of(changed);
    }

    @Transactional
    public IssuedCode issueReset(Actor admin, long userId, String reason) {
        AppUser user = user(userId);
        String code = codes.next("PWD");
        Instant now = now();
        PasswordReset reset = resets.save(new PasswordReset(null, userId, OneTimeCodes.hash(code), admin.name(), now,
                now.plus(validity.passwordReset()), null));
        revisions.record(admin, "user.password-reset-issued", "user", userId, null,
                new ResetSummary(reset.id(), reset.expiresAt()), reason);
        return new IssuedCode(userId, user.username(), code, reset.expiresAt());
    }

    /** Anonymous: the code is the proof. Unknown, used and expired codes are each said plainly. */
    @Transactional
    public UserView redeemReset(ResetRedemption redemption) {
        PasswordReset reset = resets.lockByCodeHash(OneTimeCodes.hash(redemption.code()))
                .orElseThrow(() -> CodeRedemption.unknown(RESET));
        Instant now = now();
        ProblemException refused = CodeRedemption.refusal(RESET, reset.usedAt(), reset.expiresAt(), now);
        if (refused != null) {
            throw refused;
        }
        AppUser user = user(reset.userId());
        resets.update(reset.used(now));
        AppUser changed = users.update(user.withPassword(hasher.hash(redemption.password()), now));
        revisions.record(Actor.PUBLIC, "user.password-reset", "user", user.id(), null, new ResetSummary(reset.id(), null),
                "password reset with the code issued by " + reset.issuedBy());
        return UserView.of(changed);
    }

    @Transactional
    public void changeOwn(Actor actor, NewPassword command) {
        AppUser user = users.findByUsername(actor.name())
                .orElseThrow(() -> ProblemException.of(HttpStatus.UNAUTHORIZED, "Log in again with POST /login."));
        if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
            throw ProblemException.invalidField("currentPassword", "is not your current password");
        }
        users.update(user.withPassword(hasher.hash(command.newPassword()), now()));
        revisions.record(actor, "user.password-change", "user", user.id(), null, null, "changed by the user");
    }

    public List<RevisionView> history(long userId) {
        user(userId);
        return revisions.history("user", userId);
    }

    private AppUser user(long userId) {
        return users.findById(userId).orElseThrow(() -> ProblemException.notFound("User " + userId));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** What the history says of a reset: never the code. */
    @Serdeable
    record ResetSummary(long resetId, @Nullable Instant expiresAt) {
    }
}
