package org.clearchain.account;

import org.clearchain.security.Actor;
import org.clearchain.security.AppUser;
import org.clearchain.security.AppUserRepository;
import org.clearchain.security.Organisation;
import org.clearchain.security.OrganisationRepository;
import org.clearchain.security.PasswordHasher;
import org.clearchain.security.Usernames;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Creating organisations and users: by the platform admin, or by the application at first start. */
@Singleton
public class Accounts {

    private final OrganisationRepository organisations;
    private final AppUserRepository users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(OrganisationRepository organisations, AppUserRepository users, PasswordHasher hasher, AuditLog audit,
             Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Organisation createOrganisation(Actor actor, NewOrganisation command) {
        organisations.findByName(command.name().strip()).ifPresent(existing -> {
            throw ProblemException.conflict("An organisation named '" + existing.name() + "' exists already (id "
                    + existing.id() + ").");
        });
        Organisation organisation = organisations.save(new Organisation(null, command.name().strip(), command.kind(),
                command.country(), now()));
        audit.append(actor, "organisation.create", "organisation", organisation.id(), null, organisation);
        return organisation;
    }

    /** The command's username is normalised already (see {@link NewUser}); it is checked again for callers that skip validation. */
    @Transactional
    public UserView createUser(Actor actor, NewUser command) {
        if (command.username() == null || command.username().isEmpty() || Usernames.hasControlCharacters(command.username())) {
            throw ProblemException.invalidField("username", "must not be empty or contain control characters");
        }
        if (command.password() == null || !PasswordHasher.fits(command.password())) {
            throw ProblemException.invalidField("password", PasswordHasher.TOO_LONG);
        }
        if (users.existsByUsername(command.username())) {
            throw ProblemException.conflict("The username '" + command.username() + "' is taken.");
        }
        Organisation organisation = organisations.findById(command.organisationId())
                .orElseThrow(() -> ProblemException.invalidField("organisationId", "no organisation has id " + command.organisationId()));
        if (!organisation.kind().admits(command.role())) {
            throw ProblemException.invalidField("role", command.role() + " cannot belong to a " + organisation.kind()
                    + " organisation");
        }
        AppUser user = users.save(new AppUser(null, command.username(), hasher.hash(command.password()), command.role(),
                organisation.id(), true, now(), null));
        UserView view = UserView.of(user);
        audit.append(actor, "user.create", "user", user.id(), null, view);
        return view;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
