package org.clearchain.recruiter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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

import java.util.Locale;

/**
 * Licensing officers review the recruiters named without a licence. The records belong to no authority's register,
 * so every authority's officers see them all; linking one to an agency takes an officer of that agency's authority.
 */
@Controller("/api/recruiters")
@ExecuteOn(TaskExecutors.BLOCKING)
class RecruiterController {

    private final UnlicensedRecruiters recruiters;

    RecruiterController(UnlicensedRecruiters recruiters) {
        this.recruiters = recruiters;
    }

    /** {@code status}: UNREVIEWED, REVIEWED, MERGED or LINKED; {@code q}: part of the name; {@code country}: ISO code. */
    @Get
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN})
    PageView<RecruiterView> list(@QueryValue @Nullable String status, @QueryValue @Nullable String country,
                                 @QueryValue @Nullable String q, @QueryValue @Nullable Integer page,
                                 @QueryValue @Nullable Integer size) {
        return recruiters.list(Enums.parseOrNull(RecruiterStatus.class, status, "status"),
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT), q,
                PageRequest.of(page, size));
    }

    @Get("/{id}")
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN})
    RecruiterView show(long id) {
        return recruiters.show(id);
    }

    @Post("/{id}/review")
    @Secured(Roles.LICENSING_OFFICER)
    RecruiterView review(long id, @Body @Valid RecruiterReview decision, Authentication user) {
        return recruiters.review(Actor.of(user), id, decision);
    }

    @Post("/{id}/merge")
    @Secured(Roles.LICENSING_OFFICER)
    RecruiterView merge(long id, @Body @Valid RecruiterMerge decision, Authentication user) {
        return recruiters.merge(Actor.of(user), id, decision);
    }

    @Post("/{id}/link")
    @Secured(Roles.LICENSING_OFFICER)
    RecruiterView link(long id, @Body @Valid RecruiterLink decision, Authentication user) {
        return recruiters.link(Actor.of(user), id, decision);
    }
}
