package org.clearchain.integrations.feed;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Pull validators kept in memory, for route tests. */
public final class InMemoryPullState implements PullState {

    public final Map<String, Validators> validators = new ConcurrentHashMap<>();
    public final Map<String, String> outcomes = new ConcurrentHashMap<>();

    @Override
    public Optional<Validators> validators(String feed) {
        return Optional.ofNullable(validators.get(feed));
    }

    @Override
    public void pulled(String feed, Instant at, Validators v, String outcome) {
        if (v != null) {
            validators.put(feed, v);
        }
        outcomes.put(feed, outcome);
    }
}
