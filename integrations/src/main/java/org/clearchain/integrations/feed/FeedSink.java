package org.clearchain.integrations.feed;

import java.util.List;

/** Port: where a feed's records go. The application implements one per feed, each batch in one transaction. */
public interface FeedSink<R> {

    Writer<R> open(ImportContext context);

    interface Writer<R> {

        /**
         * Writes one batch, all or nothing. Records are keyed (licence number, entity id…): a record already
         * stored as it is counts as unchanged, so importing the same rows again changes nothing.
         */
        BatchOutcome write(List<FeedLine.Accepted<R>> batch);

        /** After the last batch of a file that was read to its end: e.g. publish a new edition. */
        default void finish(ImportCounts counts) {
        }
    }
}
