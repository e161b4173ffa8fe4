package org.clearchain.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import org.clearchain.audit.RevisionView;
import org.clearchain.common.Enums;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.util.List;

/** Licensing officers handle the complaints against their authority's agencies. */
@Controller("/api/complaints")
@Secured(Roles.LICENSING_OFFICER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplaintController {

    private final Complaints complaints;
    private final ComplaintRepository repository;

    ComplaintController(Complaints complaints, ComplaintRepository repository) {
        this.complaints = complaints;
        this.repository = repository;
    }

    @Get
    PageView<Complaint> list(@QueryValue @Nullable Long agencyId, @QueryValue @Nullable String status,
                             @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size,
                             Authentication user) {
        PageRequest request = PageRequest.of(page, size);
        long authority = Actor.of(user).organisationId();
        ComplaintStatus s = Enums.parseOrNull(ComplaintStatus.class, status, "status");
        String statusName = s == null ? null : s.name();
        return PageView.of(repository.search(authority, agencyId, statusName, request.size(), request.offset()),
                request, repository.countMatching(authority, agencyId, statusName));
    }

    /** An officer enters a complaint received by phone, letter or in person. */
    @Post
    @Status(HttpStatus.CREATED)
    Complaint file(@Body @Valid NewComplaint complaint, Authentication user) {
        return complaints.file(Actor.of(user), complaint);
    }

    @Get("/{id}")
    Complaint show(long id, Authentication user) {
        return complaints.readable(Actor.of(user), id);
    }

    /** Corrects the category, with a reason; the category before stays in the complaint's history. */
    @Patch("/{id}")
    Complaint correctCategory(long id, @Body @Valid CategoryCorrection correction, Authentication user) {
        return complaints.correctCategory(Actor.of(user), id, correction);
    }

    @Get("/{id}/history")
    List<RevisionView> history(long id, Authentication user) {
        return complaints.history(Actor.of(user), id);
    }

    @Post("/{id}/{action}")
    Complaint move(long id, String action, Authentication user) {
        ComplaintAction move = ComplaintAction.of(action).orElseThrow(() -> ProblemException.invalidField("action",
                "'" + action + "' is not a complaint action; use investigate, substantiate, unsubstantiate or close"));
        return complaints.move(Actor.of(user), id, move);
    }
}
