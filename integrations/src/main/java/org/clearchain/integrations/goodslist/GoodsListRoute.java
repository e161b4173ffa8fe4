package org.clearchain.integrations.goodslist;

import org.clearchain.integrations.feed.FeedDefinition;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.PullState;

import java.time.Clock;

/** {@code goods-list}: a new edition of the goods-risk list (US DOL ILAB List of Goods). */
public final class GoodsListRoute extends FeedRoute<ListedGood> {

    public static final String FEED = "goods-list";

    public GoodsListRoute(GoodsListSink sink, FeedSettings settings, FeedImporter importer,
                          PullState pullState, Clock clock) {
        super(new FeedDefinition<>(FEED, new GoodsListFormat(), sink), settings, importer, pullState, clock);
    }
}
