package org.clearchain.integrations.feed;

import java.util.List;

/** What a sink did with one batch of accepted records. */
public record BatchOutcome(int created, int updated, int unchanged, List<RejectedRow> rejected) {

    public BatchOutcome {
        rejected = List.copyOf(rejected);
    }
}
