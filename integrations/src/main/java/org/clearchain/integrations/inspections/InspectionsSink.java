package org.clearchain.integrations.inspections;

import org.clearchain.integrations.feed.FeedSink;

/** Port: an inspectorate's inspections, which the inspections feed adds completed inspections to. */
public interface InspectionsSink extends FeedSink<InspectionLine> { }
