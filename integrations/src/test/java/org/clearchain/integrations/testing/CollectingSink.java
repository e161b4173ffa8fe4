package org.clearchain.integrations.testing;

import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.FeedSink;
import org.clearchain.integrations.feed.ImportContext;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every accepted record with its line, each one counted as created. */
public class CollectingSink<R> implements FeedSink<R> {

    public final List<FeedLine.Accepted<R>> received = new ArrayList<>();

    @Override
    public Writer<R> open(ImportContext context) {
        return batch -> {
            synchronized (received) {
                received.addAll(batch);
            }
            return new BatchOutcome(batch.size(), 0, 0, List.of());
        };
    }

    public List<R> records() {
        synchronized (received) {
            return received.stream().map(FeedLine.Accepted::record).toList();
        }
    }
}
