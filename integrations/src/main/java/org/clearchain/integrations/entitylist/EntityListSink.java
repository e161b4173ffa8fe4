package org.clearchain.integrations.entitylist;

import org.clearchain.integrations.feed.FeedSink;

/** Port: where the entries of sanctions and forced-labour lists go, to be screened against. */
public interface EntityListSink extends FeedSink<ListedEntry> { }
