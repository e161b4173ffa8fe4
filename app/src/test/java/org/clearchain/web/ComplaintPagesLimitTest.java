package org.clearchain.web;

import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Console;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The complaint pages spend the API's limits per address, only on real filings and look-ups, and say so in the page. */
class ComplaintPagesLimitTest extends ApiTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.limits.complaints-per-address.capacity", "1",
                "clearchain.limits.complaints-per-address.period", "1h",
                "clearchain.limits.complaint-lookups-per-address.capacity", "1",
                "clearchain.limits.complaint-lookups-per-address.period", "1h");
    }

    @Test
    void aMistakeSpendsNothingAndTheSecondComplaintOfTheHourIsHeldWithWhatWasTyped() {
        Console visitor = new Console(URI.create(server.getURL().toString() + "/"));
        Map<String, String> complaint = Map.of("against", "unregistered", "recruiterName", "Gulf Manpower Services",
                "recruiterCountry", "AE", "category", "WAGE_THEFT", "description", "No pay for four months.",
                "identity", "anonymous");
        assertEquals(400, visitor.submit("/complaints/new", "/complaints/new", Map.of("against", "unregistered")).status());
        assertEquals(200, visitor.submit("/complaints/new", "/complaints/new", complaint).status(), "the mistake spent nothing");

        Console.Page held = visitor.submit("/complaints/new", "/complaints/new", complaint);
        assertEquals(429, held.status());
        assertTrue(held.html().contains("Too many complaints were sent from your network"), held.html());
        assertTrue(held.html().contains("No pay for four months.</textarea>"), "what was written is kept");

        assertEquals(400, visitor.submit("/complaints/track", "/complaints/track", Map.of("code", "nonsense")).status());
        assertEquals(404, visitor.submit("/complaints/track", "/complaints/track", Map.of("code", "CMP-2222-2222")).status());
        Console.Page paused = visitor.submit("/complaints/track", "/complaints/track", Map.of("code", "CMP-3333-3333"));
        assertEquals(429, paused.status());
        assertTrue(paused.html().contains("Too many tracking codes were tried"), paused.html());
    }
}
