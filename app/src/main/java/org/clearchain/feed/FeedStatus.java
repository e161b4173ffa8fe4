package org.clearchain.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Each feed's source, schedule, last run and health, for operators. */
@Singleton
class FeedStatus {

    enum Health { OK, NO_DATA, FAILING, PULL_FAILING }

    @Serdeable
    record View(String feed, String format, Set<Role> uploaders, boolean mayUpload, String inbox, @Nullable String pullUrl,
                @Nullable String pullInterval, @Nullable Instant lastPullAt, @Nullable String lastPullOutcome,
                @Nullable ImportJobView lastJob, Health health) { }

    private final FeedCatalogue catalogue;
    private final FeedSettingsFactory settings;
    private final ImportJobReader jobs;
    private final FeedPullStore pulls;

    FeedStatus(FeedCatalogue catalogue, FeedSettingsFactory settings, ImportJobReader jobs, FeedPullStore pulls) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.jobs = jobs;
        this.pulls = pulls;
    }

    List<View> all(Actor actor) {
        return catalogue.all().stream().map(entry -> of(actor, entry)).toList();
    }

    View of(Actor actor, FeedRegistration entry) {
        FeedSettings feed = settings.settings(entry.name());
        var lastJob = jobs.last(entry.name());
        var lastPull = pulls.last(entry.name());
        Health health = health(lastJob.map(last -> last.job().status()).orElse(null),
                lastPull.map(FeedPullStore.LastPull::outcome).orElse(null));
        // the last job's counts tell how healthy a feed is; its file name and rows are for its own organisation
        ImportJobView shown = lastJob.filter(last -> last.visibleTo(actor)).map(ImportJobReader.OwnedJob::job).orElse(null);
        return new View(entry.name(), entry.format(), entry.uploaders(), entry.mayUpload(actor),
                feed.inbox().resolve(entry.name()).toAbsolutePath().toString(),
                feed.pulls() ? feed.pullUrl().toString() : null, feed.pulls() ? feed.pullInterval().toString() : null,
                lastPull.map(FeedPullStore.LastPull::at).orElse(null), lastPull.map(FeedPullStore.LastPull::outcome).orElse(null),
                shown, health);
    }

    private static Health health(ImportJobStatus lastJob, String lastPull) {
        if (lastPull != null && (lastPull.startsWith("gave up") || lastPull.startsWith("refused"))) {
            return Health.PULL_FAILING;
        }
        if (lastJob == null) {
            return Health.NO_DATA;
        }
        return lastJob == ImportJobStatus.FAILED ? Health.FAILING : Health.OK;
    }
}
