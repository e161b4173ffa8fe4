package org.clearchain.reference;

import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.FeedSink;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.ImportCounts;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A reference feed's writer for one file: its rows go into a new edition of the dataset, current once finished. Every
 * call goes through the {@link EditionBatches} bean, so each keeps its own transaction.
 */
final class EditionWriter {

    private EditionWriter() {
    }

    static <R> FeedSink.Writer<R> of(EditionBatches batches, String dataset, ImportContext context,
                                     BiFunction<EditionFile, List<FeedLine.Accepted<R>>, BatchOutcome> writeRows) {
        EditionFile file = batches.open(dataset, context);
        return new FeedSink.Writer<>() {
            @Override
            public BatchOutcome write(List<FeedLine.Accepted<R>> batch) {
                return writeRows.apply(file, batch);
            }

            @Override
            public void finish(ImportCounts counts) {
                batches.finish(file, counts);
            }
        };
    }
}
