package org.clearchain.feed;

import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.util.Set;

/**
 * A feed as the catalogue shows it: its name (the inbox folder and the API path), what its files look like, and who
 * may send it one. The feature a feed writes to declares this as a bean beside its route bean; {@code @Order} on the
 * bean gives its place in {@code GET /api/feeds}.
 */
public record FeedRegistration(String name, String format, Set<Role> uploaders) {

    public FeedRegistration {
        uploaders = Set.copyOf(uploaders);
    }

    public boolean mayUpload(Actor actor) {
        return actor.role() != null && uploaders.contains(actor.role());
    }
}
