package org.clearchain.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.net.URI;
import java.util.List;

/**
 * The feeds: their sources, schedules and health; uploads, which answer at once with the job that imports them;
 * pulls on demand; and import jobs with their rejected rows.
 */
@Controller("/api")
@Secured({Roles.ADMIN, Roles.LICENSING_OFFICER, Roles.INSPECTOR, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class FeedController {

    private final FeedCatalogue catalogue;
    private final FeedUploads uploads;
    private final FeedStatus status;
    private final ImportJobReader jobs;

    FeedController(FeedCatalogue catalogue, FeedUploads uploads, FeedStatus status, ImportJobReader jobs) {
        this.catalogue = catalogue;
        this.uploads = uploads;
        this.status = status;
        this.jobs = jobs;
    }

    @Get("/feeds")
    List<FeedStatus.View> feeds(Authentication user) {
        return status.all(Actor.of(user));
    }

    @Get("/feeds/{feed}")
    FeedStatus.View feed(String feed, Authentication user) {
        return status.of(Actor.of(user), entry(feed));
    }

    @Get("/feeds/{feed}/jobs")
    List<ImportJobView> jobsOf(String feed, Authentication user) {
        entry(feed);
        return jobs.recent(Actor.of(user), feed, 50);
    }

    /** Multipart field {@code file}. 202 with the queued job; follow its {@code Location}. */
    @Post(value = "/feeds/{feed}/uploads", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<ImportJobView> upload(String feed, @Nullable CompletedFileUpload file, Authentication user) {
        Actor actor = Actor.of(user);
        FeedRegistration entry = entry(feed);
        if (!entry.mayUpload(actor)) {
            throw ProblemException.of(HttpStatus.FORBIDDEN, "Only " + entry.uploaders() + " may send files to feed " + feed);
        }
        if (file == null) {
            throw ProblemException.invalidField("file", "is required: send the file as multipart/form-data field 'file'");
        }
        long jobId = uploads.accept(actor, entry, file);
        ImportJobView job = jobs.find(actor, jobId, 0).orElseThrow();
        return HttpResponse.<ImportJobView>status(HttpStatus.ACCEPTED).body(job)
                .headers(h -> h.location(URI.create("/api/import-jobs/" + jobId)));
    }

    @Post("/feeds/{feed}/pull")
    @Secured(Roles.ADMIN)
    PullResult pull(String feed) {
        return uploads.pullNow(entry(feed));
    }

    @Get("/import-jobs/{id}")
    ImportJobView job(long id, @QueryValue(defaultValue = "1000") int rejectedRows, Authentication user) {
        return jobs.find(Actor.of(user), id, Math.max(0, Math.min(rejectedRows, 10_000)))
                .orElseThrow(() -> ProblemException.notFound("Import job " + id));
    }

    /** Imports the file of a failed upload again, as a new job. */
    @Post("/import-jobs/{id}/retry")
    HttpResponse<ImportJobView> retry(long id, Authentication user) {
        Actor actor = Actor.of(user);
        ImportJobReader.OwnedJob failed = jobs.findOwned(actor, id).orElseThrow(() -> ProblemException.notFound("Import job " + id));
        long jobId = uploads.retry(actor, failed);
        return HttpResponse.<ImportJobView>status(HttpStatus.ACCEPTED).body(jobs.find(actor, jobId, 0).orElseThrow())
                .headers(h -> h.location(URI.create("/api/import-jobs/" + jobId)));
    }

    private FeedRegistration entry(String feed) {
        return catalogue.find(feed).orElseThrow(() -> ProblemException.notFound("Feed " + feed));
    }
}
