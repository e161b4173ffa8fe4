package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import org.clearchain.common.ProblemException;
import org.clearchain.feed.FeedCatalogue;
import org.clearchain.feed.FeedRegistration;
import org.clearchain.feed.FeedUploads;
import org.clearchain.feed.FeedsConfiguration;
import org.clearchain.feed.ImportJobReader;
import org.clearchain.feed.ImportJobView;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Register feeds in the console: the feeds the signed-in person may send files to, an upload form for each, their
 * organisation's recent import jobs, and a job's page — its progress, polled by htmx while it runs (a reload does the
 * same without JavaScript), and its rejected rows with their line numbers. Roles and tenancy are the feed API's
 * ({@code /api/feeds}, {@code /api/import-jobs}): a job of another organisation is not found.
 */
@Controller("/officer")
@Secured({Roles.ADMIN, Roles.LICENSING_OFFICER, Roles.INSPECTOR, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class FeedPagesController {

    private static final int RECENT_JOBS = 20;

    private final Pages pages;
    private final FormTokens formTokens;
    private final FeedCatalogue catalogue;
    private final FeedUploads uploads;
    private final ImportJobReader jobs;
    private final FeedsConfiguration feeds;

    FeedPagesController(Pages pages, FormTokens formTokens, FeedCatalogue catalogue, FeedUploads uploads,
                        ImportJobReader jobs, FeedsConfiguration feeds) {
        this.pages = pages;
        this.formTokens = formTokens;
        this.catalogue = catalogue;
        this.uploads = uploads;
        this.jobs = jobs;
        this.feeds = feeds;
    }

    @Get("/feeds")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> feeds(HttpRequest<?> request, Authentication user) {
        return feedsView(pages.of(request, "feeds.title"), Actor.of(user));
    }

    /**
     * The form's file, in field {@code file}. Its token comes in the {@code _csrf} query parameter, which
     * {@link CsrfFilter} checks (the body is the file, read by this method only).
     */
    @Post(value = "/feeds/{feed}/uploads", consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> upload(String feed, @Nullable CompletedFileUpload file, HttpRequest<?> request, Authentication user) {
        formTokens.check(request, null);
        Actor actor = Actor.of(user);
        FeedRegistration entry = catalogue.find(feed).orElseThrow(() -> ProblemException.notFound("Feed " + feed));
        if (!entry.mayUpload(actor)) {
            throw ProblemException.of(HttpStatus.FORBIDDEN, "Only " + entry.uploaders() + " may send files to feed " + feed);
        }
        Page page = pages.of(request, "feeds.title");
        String field = fieldOf(entry);
        String refusal = refusal(page, entry, file);
        if (refusal == null) {
            try {
                long jobId = uploads.accept(actor, entry, file);
                return HttpResponse.seeOther(URI.create("/officer/jobs/" + jobId));
            } catch (ProblemException refused) {
                refusal = refused.status() == HttpStatus.SERVICE_UNAVAILABLE ? page.t("feeds.upload.notRunning")
                        : page.t("feeds.upload.refused");
            }
        }
        page = page.withErrors(List.of(new FieldMessage(field, refusal)));
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(feedsView(page, actor));
    }

    @Get("/jobs/{id}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> job(long id, @Nullable @QueryValue Integer page, HttpRequest<?> request,
                                          Authentication user) {
        FeedJobPage job = jobPage(Actor.of(user), id, page);
        return jobView(pages.of(request, "feeds.job.title", String.valueOf(id)), job);
    }

    /** The job's part of its page alone, which htmx swaps in every second while the job runs. */
    @Get("/jobs/{id}/progress")
    @View("officer-job-progress")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> progress(long id, @Nullable @QueryValue Integer page, HttpRequest<?> request,
                                 Authentication user) {
        FeedJobPage job = jobPage(Actor.of(user), id, page);
        return Map.of("page", pages.of(request, "feeds.job.title", String.valueOf(id)), "job", job);
    }

    /** Imports a failed upload's kept file again, as a new job. */
    @Post("/jobs/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> retry(long id, @Nullable String _csrf, HttpRequest<?> request, Authentication user) {
        formTokens.check(request, _csrf);
        Actor actor = Actor.of(user);
        ImportJobReader.OwnedJob failed = jobs.findOwned(actor, id)
                .orElseThrow(() -> ProblemException.notFound("Import job " + id));
        FeedJobPage job = jobPage(actor, id, 1);
        Page page = pages.of(request, "feeds.job.title", String.valueOf(id));
        String refusal;
        try {
            long again = uploads.retry(actor, failed);
            return HttpResponse.seeOther(URI.create("/officer/jobs/" + again));
        } catch (ProblemException refused) {
            refusal = refused.status() == HttpStatus.SERVICE_UNAVAILABLE ? page.t("feeds.upload.notRunning")
                    : job.retryable() ? page.t("feeds.job.retry.notKept") : page.t("feeds.job.retry.notFailed");
        }
        return HttpResponse.status(HttpStatus.CONFLICT)
                .body(jobView(page.withErrors(List.of(new FieldMessage("retry", refusal))), job));
    }

    private ModelAndView<Map<String, Object>> feedsView(Page page, Actor actor) {
        List<FeedRegistration> mine = catalogue.all().stream().filter(f -> f.mayUpload(actor)).toList();
        return new ModelAndView<>("officer-feeds", Map.of("page", page, "feeds", mine,
                "jobs", jobs.recent(actor, RECENT_JOBS), "maxMegabytes", megabytes(feeds.maxFileSize())));
    }

    private static ModelAndView<Map<String, Object>> jobView(Page page, FeedJobPage job) {
        return new ModelAndView<>("officer-job", Map.of("page", page, "job", job));
    }

    private FeedJobPage jobPage(Actor actor, long id, @Nullable Integer pageNumber) {
        ImportJobView job = jobs.find(actor, id, 0).orElseThrow(() -> ProblemException.notFound("Import job " + id));
        int wanted = pageNumber == null ? 1 : Math.max(1, pageNumber);
        ImportJobReader.RejectedRows rows = jobs.rejectedRows(actor, id, wanted - 1, FeedJobPage.ROWS_PER_PAGE).orElseThrow();
        int pageCount = (int) Math.max(1, (rows.total() + FeedJobPage.ROWS_PER_PAGE - 1) / FeedJobPage.ROWS_PER_PAGE);
        return new FeedJobPage(job, rows.rows(), rows.total(), Math.min(wanted, pageCount), pageCount);
    }

    /** What is wrong with the file before it is sent to the feed, in the reader's words; null when nothing is. */
    private @Nullable String refusal(Page page, FeedRegistration feed, @Nullable CompletedFileUpload file) {
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return page.t("feeds.upload.missing");
        }
        if (!feed.takesFileNamed(file.getFilename())) {
            return page.t("feeds.upload.wrongKind", file.getFilename(), String.join(", ", feed.fileEndings()));
        }
        if (file.getSize() == 0) {
            return page.t("feeds.upload.empty", file.getFilename());
        }
        if (file.getSize() > feeds.maxFileSize()) {
            return page.t("feeds.upload.tooLarge", file.getFilename(), page.number(megabytes(file.getSize())),
                    page.number(megabytes(feeds.maxFileSize())));
        }
        return null;
    }

    /** The id of a feed's file field, which the error summary links to. */
    static String fieldOf(FeedRegistration feed) {
        return "file-" + feed.name();
    }

    private static double megabytes(long bytes) {
        return Math.ceil(bytes / 1024.0 / 1024.0 * 100) / 100;
    }
}
