package org.clearchain.feed;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Keeps import jobs honest across faults. Every {@code clearchain.feeds.jobs.heartbeat-interval} (5 s) this instance
 * refreshes the heartbeat of the jobs it is running now, then fails every queued or running job — of any instance —
 * whose heartbeat is older than {@code clearchain.feeds.jobs.heartbeat-timeout} (30 s): its instance died, or its
 * import ended while the database was away and could not say so. One conditional UPDATE each, so every instance can
 * run it; its own jobs were refreshed just before, so an instance never fails a job it is running. A failed job is
 * retried as any other; records are keyed, so the retry completes it with no row lost or doubled.
 */
@Singleton
public class JobHeartbeats {

    private static final Logger LOG = LoggerFactory.getLogger(JobHeartbeats.class);

    private final ImportJobStore jobs;
    private final Duration timeout;

    JobHeartbeats(ImportJobStore jobs, @Value("${clearchain.feeds.jobs.heartbeat-timeout:30s}") Duration timeout,
                  @Value("${clearchain.feeds.jobs.heartbeat-interval:5s}") Duration interval) {
        if (timeout.compareTo(interval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("clearchain.feeds.jobs.heartbeat-timeout (" + timeout + ") must be at least"
                    + " twice clearchain.feeds.jobs.heartbeat-interval (" + interval + "), or live jobs would be failed");
        }
        this.jobs = jobs;
        this.timeout = timeout;
    }

    // on every instance, not once per cluster: each refreshes its own jobs' heartbeats (and any may sweep, see above)
    @Scheduled(fixedDelay = "${clearchain.feeds.jobs.heartbeat-interval:5s}",
            initialDelay = "${clearchain.feeds.jobs.heartbeat-interval:5s}")
    void scheduled() {
        try {
            tick();
        } catch (RuntimeException e) {
            // the database is away: the next tick tries again, and the jobs' heartbeats say nothing meanwhile
            LOG.warn("Could not refresh or sweep import jobs' heartbeats: {}", e.getMessage());
        }
    }

    /** Refreshes this instance's jobs, then fails the stale ones; answers how many were failed. */
    public int tick() {
        jobs.beat();
        int swept = jobs.sweep(timeout);
        if (swept > 0) {
            LOG.warn("Marked {} import job(s) failed: their instance showed no sign of running them for more than {} s",
                    swept, timeout.toSeconds());
        }
        return swept;
    }
}
