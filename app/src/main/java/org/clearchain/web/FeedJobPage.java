package org.clearchain.web;

import org.clearchain.feed.ImportJobStatus;
import org.clearchain.feed.ImportJobView;

import java.util.List;

/**
 * An import job as its page draws it: the job, one page of its rejected rows (in line order) and where that page is
 * among all of them, and whether the page keeps polling (the job is not over) or offers a retry.
 */
public record FeedJobPage(ImportJobView job, List<ImportJobView.Rejection> rejected, long rejectedTotal, int pageNumber,
                          int pageCount) {

    /** Rejected rows shown on one page. */
    static final int ROWS_PER_PAGE = 50;

    public boolean inProgress() {
        return job.status() == ImportJobStatus.QUEUED || job.status() == ImportJobStatus.RUNNING;
    }

    /** A failed upload keeps its file for a while; the API then takes a retry on it. */
    public boolean retryable() {
        return job.status() == ImportJobStatus.FAILED && "UPLOAD".equals(job.source());
    }

    /** Rows kept: created or updated. */
    public long stored() {
        return job.counts().created() + job.counts().updated();
    }

    public String statusTagClass() {
        return switch (job.status()) {
            case QUEUED, DUPLICATE -> "govuk-tag--grey";
            case RUNNING -> "govuk-tag--blue";
            case SUCCEEDED -> "govuk-tag--green";
            case FAILED -> "govuk-tag--red";
        };
    }

    /** The link to this job's page showing rejected rows' page {@code number} (from 1). */
    public String pageHref(int number) {
        return "/officer/jobs/" + job.id() + (number <= 1 ? "" : "?page=" + number);
    }
}
