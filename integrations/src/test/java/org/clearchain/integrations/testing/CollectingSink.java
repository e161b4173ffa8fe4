package org.clearchain.integrations.testing;

import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.FeedSink;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.ImportCounts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

/**
 * A sink that keeps every batch it was given (each record counted as created) and the counts each file was finished
 * with; {@link #failOnBatch} makes it fail on a chosen batch, as a database that goes away would.
 */
public class CollectingSink<R> implements FeedSink<R> {

    public final List<FeedLine.Accepted<R>> received = new CopyOnWriteArrayList<>();
    public final List<List<FeedLine.Accepted<R>>> batches = new CopyOnWriteArrayList<>();
    public final List<ImportCounts> finished = new CopyOnWriteArrayList<>();
    /** The failure for the n-th batch (from 1), or null to write it. */
    public volatile IntFunction<RuntimeException> failOnBatch = n -> null;

    @Override
    public Writer<R> open(ImportContext context) {
        return new Writer<>() {
            @Override
            public BatchOutcome write(List<FeedLine.Accepted<R>> batch) {
                RuntimeException failure = failOnBatch.apply(batches.size() + 1);
                if (failure != null) {
                    throw failure;
                }
                batches.add(batch);
                received.addAll(batch);
                return new BatchOutcome(batch.size(), 0, 0, List.of());
            }

            @Override
            public void finish(ImportCounts counts) {
                finished.add(counts);
            }
        };
    }

    public List<R> records() {
        return received.stream().map(FeedLine.Accepted::record).toList();
    }
}
