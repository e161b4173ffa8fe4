package org.clearchain.feed;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads jobs for the API. A job is visible to the admin and to the organisation it imported for. */
@Singleton
public class ImportJobReader {

    private final ImportJobRepository jobs;
    private final ImportRejectionRepository rejections;

    ImportJobReader(ImportJobRepository jobs, ImportRejectionRepository rejections) {
        this.jobs = jobs;
        this.rejections = rejections;
    }

    /** A job the actor may see, with the organisation it imports for (a retry keeps it). */
    @Transactional(readOnly = true)
    public Optional<OwnedJob> findOwned(Actor actor, long id) {
        return jobs.findById(id).filter(job -> visible(actor, job.organisationId())).map(ImportJobReader::owned);
    }

    @Transactional(readOnly = true)
    public Optional<ImportJobView> find(Actor actor, long id, int rejectionLimit) {
        return findOwned(actor, id).map(owned -> owned.job().withRejections(rejections(id, rejectionLimit)));
    }

    /** The newest jobs of a feed that the actor may see. */
    @Transactional(readOnly = true)
    public List<ImportJobView> recent(Actor actor, String feed, int limit) {
        Pageable first = Pageable.from(0, limit);
        List<ImportJob> found;
        if (actor.is(Role.ADMIN)) {
            found = jobs.findByFeedOrderByIdDesc(feed, first);
        } else if (actor.organisationId() != null) {
            found = jobs.findByFeedAndOrganisationIdOrderByIdDesc(feed, actor.organisationId(), first);
        } else {
            found = List.of();
        }
        return found.stream().map(ImportJob::view).toList();
    }

    /** The newest jobs of every feed that the actor may see: the admin's all, anyone else's their organisation's. */
    @Transactional(readOnly = true)
    public List<ImportJobView> recent(Actor actor, int limit) {
        Pageable first = Pageable.from(0, limit);
        List<ImportJob> found;
        if (actor.is(Role.ADMIN)) {
            found = jobs.list(Pageable.from(0, limit, Sort.of(Sort.Order.desc("id"))));
        } else if (actor.organisationId() != null) {
            found = jobs.findByOrganisationIdOrderByIdDesc(actor.organisationId(), first);
        } else {
            found = List.of();
        }
        return found.stream().map(ImportJob::view).toList();
    }

    /** One page (from 0) of a visible job's rejected rows in line order, with how many there are in all. */
    @Transactional(readOnly = true)
    public Optional<RejectedRows> rejectedRows(Actor actor, long id, int page, int size) {
        return findOwned(actor, id).map(owned -> {
            Pageable inLineOrder = Pageable.from(Math.max(page, 0), size,
                    Sort.of(Sort.Order.asc("lineNumber"), Sort.Order.asc("id")));
            List<ImportJobView.Rejection> rows = rejections.findByJobId(id, inLineOrder).stream()
                    .map(row -> new ImportJobView.Rejection(row.lineNumber(), row.reason(), row.rawText())).toList();
            return new RejectedRows(rows, rejections.countByJobId(id));
        });
    }

    /** A page of rejected rows and the total of the job's rejected rows. */
    public record RejectedRows(List<ImportJobView.Rejection> rows, long total) { }

    /** The newest jobs of every feed run for the actor's organisation (a dashboard's "last feed runs"). */
    @Transactional(readOnly = true)
    public List<ImportJobView> latestOfOrganisation(Actor actor, int limit) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return jobs.findByOrganisationIdOrderByIdDesc(actor.organisationId(), Pageable.from(0, limit)).stream()
                .map(ImportJob::view).toList();
    }

    /** A job and the organisation it imports for. */
    public record OwnedJob(ImportJobView job, Long organisationId) {

        /** Its counts tell everyone how healthy the feed is; the job itself is its organisation's (and the admin's). */
        public boolean visibleTo(Actor actor) {
            return ImportJobReader.visible(actor, organisationId);
        }
    }

    /** The newest job of a feed, whoever it was for: the feed's health, not its contents. */
    @Transactional(readOnly = true)
    public Optional<OwnedJob> last(String feed) {
        return jobs.findFirstByFeedOrderByIdDesc(feed).map(ImportJobReader::owned);
    }

    /** Of the given jobs, those that failed before {@code cutoff}, or no longer exist. */
    @Transactional(readOnly = true)
    public Set<Long> failedBefore(Collection<Long> ids, Instant cutoff) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> expired = new HashSet<>(ids);
        jobs.notFailedBefore(ids, cutoff).forEach(expired::remove);
        return expired;
    }

    private List<ImportJobView.Rejection> rejections(long jobId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Pageable inLineOrder = Pageable.from(0, limit, Sort.of(Sort.Order.asc("lineNumber"), Sort.Order.asc("id")));
        return rejections.findByJobId(jobId, inLineOrder).stream()
                .map(row -> new ImportJobView.Rejection(row.lineNumber(), row.reason(), row.rawText())).toList();
    }

    private static OwnedJob owned(ImportJob job) {
        return new OwnedJob(job.view(), job.organisationId());
    }

    static boolean visible(Actor actor, Long organisationId) {
        return actor.is(Role.ADMIN) || (organisationId != null && actor.belongsTo(organisationId));
    }
}
