package org.clearchain.feed;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** The feeds Clearchain takes: whatever the features registered, in their order. */
@Singleton
public class FeedCatalogue {

    private final List<FeedRegistration> feeds;

    FeedCatalogue(List<FeedRegistration> feeds) {
        this.feeds = List.copyOf(feeds);
    }

    public List<FeedRegistration> all() {
        return feeds;
    }

    public Optional<FeedRegistration> find(String name) {
        return feeds.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
