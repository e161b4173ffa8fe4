package org.clearchain.screening;

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
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

/** Screening hits for review: the list (paged, by status), and the confirm or dismiss decision on one. */
@Controller("/api/screening")
@Secured({Roles.ADMIN, Roles.LICENSING_OFFICER, Roles.AUDITOR, Roles.INSPECTOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class ScreeningController {

    private final ScreeningHits hits;

    ScreeningController(ScreeningHits hits) {
        this.hits = hits;
    }

    @Get("/hits")
    PageView<HitView> list(@Nullable @QueryValue String status, @Nullable @QueryValue String subjectType,
                           @Nullable @QueryValue Long subjectId, @Nullable @QueryValue Integer page,
                           @Nullable @QueryValue Integer size, Authentication user) {
        return hits.list(Actor.of(user), Enums.parseOrNull(HitStatus.class, status, "status"),
                Enums.parseOrNull(SubjectType.class, subjectType, "subjectType"), subjectId, PageRequest.of(page, size));
    }

    @Get("/hits/{id}")
    HitView one(long id, Authentication user) {
        return hits.find(Actor.of(user), id).orElseThrow(() -> ProblemException.notFound("Screening hit " + id));
    }

    /** The subject is the listed party: on a forced-labour list, its risk turns Critical (floor R2). */
    @Post("/hits/{id}/confirm")
    HitView confirm(long id, @Nullable @Body @Valid DecisionCommand command, Authentication user) {
        return hits.decide(Actor.of(user), id, HitStatus.CONFIRMED, command);
    }

    /** The subject is another party than the listed one; {@code reason} is required. */
    @Post("/hits/{id}/dismiss")
    HitView dismiss(long id, @Nullable @Body @Valid DecisionCommand command, Authentication user) {
        return hits.decide(Actor.of(user), id, HitStatus.DISMISSED, command);
    }
}
