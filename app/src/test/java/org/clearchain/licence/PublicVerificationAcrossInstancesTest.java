package org.clearchain.licence;

import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Public verification answers from memory, yet shows a move made through another instance after a refresh. */
class PublicVerificationAcrossInstancesTest extends ApiTest {

    @Override
    protected Map<String, String> extraProperties() {
        // The test drives the refresh itself.
        return Map.of("clearchain.public-licence-cache.refresh-interval", "1000d");
    }

    @Test
    void aRevocationWrittenByAnotherInstanceShowsAfterTheNextRefresh() {
        RegisterFixture register = new RegisterFixture(api, api.login("licensing"));
        String number = register.activeLicence();
        PublicLicenceLookup lookup = server.getApplicationContext().getBean(PublicLicenceLookup.class);
        lookup.refresh();
        assertEquals("ACTIVE", api.get("/api/public/licences/" + number, null).text("status"));

        // Another instance revokes it: this instance hears no event, only the database changes.
        execute("UPDATE licence SET status = 'REVOKED', updated_at = UTC_TIMESTAMP(6) WHERE number = '" + number + "'");
        assertEquals("ACTIVE", api.get("/api/public/licences/" + number, null).text("status"), "still the memory's answer");

        lookup.refresh();

        assertEquals("REVOKED", api.get("/api/public/licences/" + number, null).text("status"));
    }
}
