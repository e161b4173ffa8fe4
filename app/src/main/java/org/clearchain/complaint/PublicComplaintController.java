package org.clearchain.complaint;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Limit;
import org.clearchain.security.LimitedPerAddress;

import java.time.ZoneOffset;

/** Anyone can complain about an agency, anonymously, and follow the complaint with its tracking code. */
@Controller("/api/public/complaints")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicComplaintController {

    private final Complaints complaints;
    private final ComplaintRepository repository;

    PublicComplaintController(Complaints complaints, ComplaintRepository repository) {
        this.complaints = complaints;
        this.repository = repository;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @LimitedPerAddress(Limit.COMPLAINTS_PER_ADDRESS)
    Receipt file(@Body @Valid NewComplaint complaint) {
        return new Receipt(complaints.file(Actor.PUBLIC, complaint).trackingCode());
    }

    @Get("/{trackingCode}")
    @LimitedPerAddress(Limit.COMPLAINT_LOOKUPS_PER_ADDRESS)
    ComplaintStatusView status(String trackingCode) {
        String code = trackingCode.strip().toUpperCase();
        return repository.findByTrackingCode(code)
                .map(c -> new ComplaintStatusView(c.trackingCode(), c.status(),
                        c.filedAt().atZone(ZoneOffset.UTC).toLocalDate(), c.updatedAt().atZone(ZoneOffset.UTC).toLocalDate()))
                .orElseThrow(() -> ProblemException.notFound("A complaint with tracking code " + code));
    }

    /** Keep this code: it is the only way to follow the complaint. */
    @Serdeable
    record Receipt(String trackingCode) {
    }
}
