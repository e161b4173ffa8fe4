package org.clearchain.feed;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.PullState;
import org.clearchain.integrations.text.Ellipsis;

import java.time.Instant;
import java.util.Optional;

/** The last pull of each feed's URL. Validators are replaced only when a pulled file was imported. */
@Singleton
public class FeedPullStore implements PullState {

    private final FeedPullRepository pulls;

    FeedPullStore(FeedPullRepository pulls) {
        this.pulls = pulls;
    }

    public record LastPull(Instant at, String outcome) { }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public Optional<Validators> validators(String feed) {
        return pulls.findById(feed).map(pull -> new Validators(pull.etag(), pull.lastModified()));
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void pulled(String feed, Instant at, Validators validators, String outcome) {
        if (validators == null) {
            pulls.pulled(feed, at, Ellipsis.cut(outcome, 500));
        } else {
            pulls.imported(feed, at, Ellipsis.cut(outcome, 500), validators.etag(), validators.lastModified());
        }
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public Optional<LastPull> last(String feed) {
        return pulls.findById(feed).map(pull -> new LastPull(pull.pulledAt(), pull.outcome()));
    }
}
