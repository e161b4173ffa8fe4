package org.clearchain.integrations.entitylist;

import org.clearchain.integrations.feed.FeedDefinition;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.PullState;

import java.time.Clock;

/**
 * {@code entity-list}: editions of sanctions and forced-labour entity lists (OFAC SDN, UN Security Council, CBP
 * forced labour, FollowTheMoney), whose format is told from the file itself; each file is a new edition of its list.
 */
public final class EntityListRoute extends FeedRoute<ListedEntry> {

    public static final String FEED = "entity-list";

    public EntityListRoute(EntityListSink sink, FeedSettings settings, FeedImporter importer, PullState pullState,
                           Clock clock) {
        super(new FeedDefinition<>(FEED, new EntityListFormat(), sink), settings, importer, pullState, clock);
    }
}
