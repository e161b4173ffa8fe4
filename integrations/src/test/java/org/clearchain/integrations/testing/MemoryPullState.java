package org.clearchain.integrations.testing;

import org.clearchain.integrations.feed.PullState;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Pull validators kept in memory. */
public final class MemoryPullState implements PullState {

    private final Map<String, Validators> validators = new ConcurrentHashMap<>();

    @Override
    public Optional<Validators> validators(String feed) {
        return Optional.ofNullable(validators.get(feed));
    }

    @Override
    public void pulled(String feed, Instant at, Validators fetched, String outcome) {
        if (fetched != null) {
            validators.put(feed, fetched);
        }
    }
}
