package org.clearchain.account;

import org.clearchain.security.Actor;
import org.clearchain.security.AppUserRepository;
import org.clearchain.security.Organisation;
import org.clearchain.security.OrganisationRepository;
import org.clearchain.security.Roles;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.util.List;

/** The platform admin manages organisations (tenants) and their users. */
@Controller("/api")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminController {

    private final Accounts accounts;
    private final OrganisationRepository organisations;
    private final AppUserRepository users;

    AdminController(Accounts accounts, OrganisationRepository organisations, AppUserRepository users) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.users = users;
    }

    @Get("/organisations")
    List<Organisation> organisations() {
        return organisations.findAllOrderByName();
    }

    @Post("/organisations")
    @Status(HttpStatus.CREATED)
    Organisation createOrganisation(@Body @Valid NewOrganisation organisation, Authentication user) {
        return accounts.createOrganisation(Actor.of(user), organisation);
    }

    @Get("/users")
    List<UserView> users() {
        return users.findAllOrderByUsername().stream().map(UserView::of).toList();
    }

    @Post("/users")
    @Status(HttpStatus.CREATED)
    UserView createUser(@Body @Valid NewUser newUser, Authentication user) {
        return accounts.createUser(Actor.of(user), newUser);
    }
}
