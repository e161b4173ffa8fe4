package org.clearchain.feed;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The catalogue is what the features register: every feed, in the order the features give, with who may upload. */
class FeedCatalogueTest extends ApiTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.feeds.enabled", "false");
    }

    @Test
    void listsEveryRegisteredFeedInItsPlaceWithItsUploaders() {
        List<String> feeds = new ArrayList<>();
        for (JsonNode feed : api.get("/api/feeds", api.login("admin")).body().values()) {
            feeds.add(feed.get("feed").getStringValue() + " " + feed.get("uploaders").get(0).getStringValue());
        }

        assertEquals(List.of("agency-register LICENSING_OFFICER", "facility-list AUDITOR", "inspections INSPECTOR",
                "goods-list ADMIN", "country-risk ADMIN", "entity-list ADMIN"), feeds);
    }
}
