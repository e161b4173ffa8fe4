package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import org.clearchain.common.Enums;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

/**
 * Requests to share a supplier: a buyer asks by name and country, the supplier's organisation (or, while it has none,
 * the buyer that listed it first) accepts or declines. A request the caller neither sent nor may decide answers 404.
 */
@Controller("/api/link-requests")
@ExecuteOn(TaskExecutors.BLOCKING)
class LinkRequestController {

    private final LinkRequests requests;

    LinkRequestController(LinkRequests requests) {
        this.requests = requests;
    }

    /** 201 with the pending request; 404 when no such supplier is known, 409 when one is already pending or listed. */
    @Post
    @Status(HttpStatus.CREATED)
    @Secured(Roles.AUDITOR)
    LinkRequestView request(@Body @Valid NewLinkRequest request, Authentication user) {
        return LinkRequestView.sent(requests.request(Actor.of(user), request));
    }

    /** The requests your organisation sent (SENT) and those it may decide (RECEIVED); {@code status} filters. */
    @Get
    @Secured({Roles.AUDITOR, Roles.SUPPLIER})
    PageView<LinkRequestView> list(@QueryValue @Nullable String status, @QueryValue @Nullable Integer page,
                                   @QueryValue @Nullable Integer size, Authentication user) {
        return requests.visibleTo(Actor.of(user), Enums.parseOrNull(LinkRequest.Status.class, status, "status"),
                PageRequest.of(page, size));
    }

    @Get("/{id}")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER})
    LinkRequestView show(long id, Authentication user) {
        return requests.show(Actor.of(user), id);
    }

    /** Puts the supplier on the requester's list; 409 once decided. */
    @Post("/{id}/accept")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER})
    LinkRequestView accept(long id, @Nullable @Body @Valid LinkDecision decision, Authentication user) {
        return requests.accept(Actor.of(user), id, decision);
    }

    /** The requester keeps reading nothing of the supplier; it may ask again. 409 once decided. */
    @Post("/{id}/decline")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER})
    LinkRequestView decline(long id, @Nullable @Body @Valid LinkDecision decision, Authentication user) {
        return requests.decline(Actor.of(user), id, decision);
    }
}
