package org.clearchain.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds register data through the API, as a licensing officer would. */
public final class RegisterFixture {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final Api api;
    private final String token;

    public RegisterFixture(Api api, String officerToken) {
        this.api = api;
        this.token = officerToken;
    }

    public static Map<String, Object> agencyBody(String name, String country) {
        return Map.of("legalName", name, "registrationNumber", "REG-" + SERIAL.incrementAndGet(), "country", country,
                "sectors", List.of("0111"), "corridors", List.of(Map.of("origin", "NP", "destination", country)));
    }

    /** An agency's corrected record, with the reason a correction needs. */
    public static Map<String, Object> correctionBody(String name, String country, String reason) {
        Map<String, Object> body = new java.util.HashMap<>(agencyBody(name, country));
        body.put("reason", reason);
        return body;
    }

    public long agency(String name) {
        Api.Response r = api.post("/api/agencies", token, agencyBody(name, "FR"));
        if (r.status() != 201) {
            throw new AssertionError("agency not created: " + r);
        }
        return r.number("id");
    }

    /** A PENDING licence for a new agency, valid from a month ago for two years. */
    public String pendingLicence() {
        return pendingLicence(agency("Agency " + SERIAL.incrementAndGet()), LocalDate.now().minusMonths(1), LocalDate.now().plusYears(2));
    }

    public String pendingLicence(long agencyId, LocalDate from, LocalDate until) {
        Api.Response r = api.post("/api/agencies/" + agencyId + "/licences", token,
                Map.of("scope", "Placement of agricultural workers", "validFrom", from.toString(), "validUntil", until.toString()));
        if (r.status() != 201) {
            throw new AssertionError("licence not filed: " + r);
        }
        return r.text("number");
    }

    public Api.Response move(String number, String action) {
        return move(number, action, Map.of("reason", "test: " + action));
    }

    public Api.Response move(String number, String action, Map<String, Object> body) {
        return api.post("/api/licences/" + number + "/" + action, token, body);
    }

    public String activeLicence() {
        String number = pendingLicence();
        expect(move(number, "approve"), 200);
        return number;
    }

    /** An ACTIVE licence for the given agency, valid from a month ago for two years. */
    public String activeLicenceFor(long agencyId) {
        String number = pendingLicence(agencyId, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(2));
        expect(move(number, "approve"), 200);
        return number;
    }

    private static void expect(Api.Response r, int status) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + " but got " + r);
        }
    }
}
