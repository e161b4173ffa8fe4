package org.clearchain.reference;

import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.goodslist.GoodsListSink;
import org.clearchain.integrations.goodslist.ListedGood;

/** The goods-list feed's way in: each file a new edition, named after the file, current once its last row is written. */
@Singleton
class GoodsListFeed implements GoodsListSink {

    private final EditionBatches batches;

    GoodsListFeed(EditionBatches batches) {
        this.batches = batches;
    }

    @Override
    public Writer<ListedGood> open(ImportContext context) {
        return EditionWriter.of(batches, ReferenceEditionStore.GOODS_LIST, context, batches::writeGoods);
    }
}
