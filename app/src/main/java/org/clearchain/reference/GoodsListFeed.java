package org.clearchain.reference;

import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.ImportCounts;
import org.clearchain.integrations.goodslist.GoodsListSink;
import org.clearchain.integrations.goodslist.ListedGood;

import java.util.List;

/** The goods-list feed's way in: each file a new edition, named after the file, current once its last row is written. */
@Singleton
class GoodsListFeed implements GoodsListSink {

    private final EditionBatches batches;

    GoodsListFeed(EditionBatches batches) {
        this.batches = batches;
    }

    @Override
    public Writer<ListedGood> open(ImportContext context) {
        EditionFile file = batches.open(ReferenceEditionStore.GOODS_LIST, context);
        return new Writer<>() {
            @Override
            public BatchOutcome write(List<FeedLine.Accepted<ListedGood>> batch) {
                return batches.writeGoods(file, batch);
            }

            @Override
            public void finish(ImportCounts counts) {
                batches.finish(file, counts);
            }
        };
    }
}
