package org.clearchain.account;

import org.clearchain.security.Actor;
import org.clearchain.security.AppUserRepository;
import org.clearchain.security.Organisation;
import org.clearchain.security.OrganisationRepository;
import org.clearchain.security.OrganisationKind;
import org.clearchain.security.PasswordHasher;
import org.clearchain.security.Role;
import org.clearchain.security.Usernames;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With an external database there are no demo accounts: the first admin comes from
 * {@code CLEARCHAIN_BOOTSTRAP_ADMIN} and {@code CLEARCHAIN_BOOTSTRAP_PASSWORD}, created once if missing.
 */
@Singleton
@Requires(property = "clearchain.bootstrap.admin")
class BootstrapAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Accounts accounts;
    private final OrganisationRepository organisations;
    private final AppUserRepository users;
    private final String username;
    private final String password;

    BootstrapAdmin(Accounts accounts, OrganisationRepository organisations, AppUserRepository users,
                   @Value("${clearchain.bootstrap.admin}") String username,
                   @Value("${clearchain.bootstrap.password:}") String password) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.users = users;
        this.username = Usernames.normalise(username);
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (username.isBlank() || users.existsByUsername(username)) {
            return;
        }
        if (password.length() < 10 || !PasswordHasher.fits(password)) {
            throw new IllegalStateException("CLEARCHAIN_BOOTSTRAP_PASSWORD must be set, 10 characters or more and at most "
                    + PasswordHasher.MAX_BYTES + " bytes in UTF-8, to create the first admin '" + username + "'");
        }
        Organisation platform = organisations.findByName(PlatformOrganisation.NAME)
                .orElseGet(() -> accounts.createOrganisation(Actor.SYSTEM,
                        new NewOrganisation(PlatformOrganisation.NAME, OrganisationKind.PLATFORM, null)));
        accounts.createUser(Actor.SYSTEM, new NewUser(username, password, Role.ADMIN, platform.id()));
        LOG.info("Created the first admin '{}'", username);
    }
}
