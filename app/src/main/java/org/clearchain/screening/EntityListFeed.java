package org.clearchain.screening;

import jakarta.inject.Singleton;
import org.clearchain.integrations.entitylist.EntityListSink;
import org.clearchain.integrations.entitylist.ListedEntry;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.ImportCounts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entity-list feed's way in: batches of entries, then — once the file was read to its end — the new edition
 * of each list the file held, and everyone screened again against it.
 */
@Singleton
class EntityListFeed implements EntityListSink {

    private final EntityListBatches batches;
    private final Screening screening;

    EntityListFeed(EntityListBatches batches, Screening screening) {
        this.batches = batches;
        this.screening = screening;
    }

    @Override
    public Writer<ListedEntry> open(ImportContext context) {
        Set<String> lists = new LinkedHashSet<>();
        return new Writer<>() {
            @Override
            public BatchOutcome write(List<FeedLine.Accepted<ListedEntry>> batch) {
                batch.forEach(line -> lists.add(line.record().listName()));
                return batches.write(context, batch);
            }

            @Override
            public void finish(ImportCounts counts) {
                if (lists.isEmpty()) {
                    return;
                }
                batches.publishEdition(context, List.copyOf(lists), counts);
                screening.rescreenEveryone("new edition of " + String.join(", ", lists) + " (import job " + context.jobId() + ")");
            }
        };
    }
}
