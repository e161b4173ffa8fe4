package org.clearchain.reference;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.clearchain.feed.FeedPullStore;
import org.clearchain.feed.FeedRegistration;
import org.clearchain.feed.FeedSettingsFactory;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.goodslist.GoodsListRoute;
import org.clearchain.integrations.goodslist.GoodsListSink;
import org.clearchain.security.Role;

import java.time.Clock;
import java.util.Set;

/**
 * The goods-list feed (editions of the goods-risk list, sent by the admin):
 * its route and its entry in the feed catalogue.
 */
@Factory
class GoodsListFeedRoute {

    @Singleton
    @Order(4)
    FeedRegistration goodsListFeed() {
        return new FeedRegistration(GoodsListRoute.FEED,
                "US DOL ILAB List of Goods: its app's goods.xml as published, CSV Country,Good,Child Labor,"
                + "Forced Labor (X marks a flag), or JSON lines {country, good, child_labor, forced_labor}; one file is"
                + " one edition",
                Set.of(Role.ADMIN));
    }

    @Singleton
    GoodsListRoute goodsListRoute(GoodsListSink sink, FeedSettingsFactory settings, FeedImporter importer,
            FeedPullStore pulls, Clock clock) {
        return new GoodsListRoute(sink, settings.settings(GoodsListRoute.FEED),
                importer, pulls, clock);
    }
}
