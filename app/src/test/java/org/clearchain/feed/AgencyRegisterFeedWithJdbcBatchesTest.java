package org.clearchain.feed;

import java.util.HashMap;
import java.util.Map;

/**
 * The same specification with LOAD DATA switched off ({@code clearchain.feeds.load-data=false}), as on a database
 * whose {@code local_infile} is OFF: the register feed falls back to JDBC batches and behaves the same.
 */
class AgencyRegisterFeedWithJdbcBatchesTest extends AgencyRegisterFeedTest {

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("clearchain.feeds.load-data", "false");
        return properties;
    }
}
