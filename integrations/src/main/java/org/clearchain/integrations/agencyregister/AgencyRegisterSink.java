package org.clearchain.integrations.agencyregister;

import org.clearchain.integrations.feed.FeedSink;

/** Port: the licensing register the agency-register feed writes to. */
public interface AgencyRegisterSink extends FeedSink<RegisteredLicence> { }
