package org.clearchain.integrations.feed;

import java.time.Instant;
import java.util.Optional;

/** Port: what the last pull of a feed's URL answered, so an unchanged source is not imported again. */
public interface PullState {

    record Validators(String etag, String lastModified) { }

    Optional<Validators> validators(String feed);

    /** Records a pull: its validators when the source answered with a file, and how it ended. */
    void pulled(String feed, Instant at, Validators validators, String outcome);
}
