package org.clearchain.integrations.facilitylist;

import org.clearchain.integrations.feed.FeedSink;

/** Port: a buyer's supplier list, which the facility-list feed adds suppliers and sites to. */
public interface FacilityListSink extends FeedSink<Facility> { }
