package org.clearchain.licence;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.clearchain.testing.Problems.assertBadField;
import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public register lists licensed and formerly licensed agencies only; verification says why a licence is not
 * valid, and answers for a past day from the licence's history (issue 16).
 */
class PublicRegisterStandingTest extends ApiTest {

    private RegisterFixture register;

    @BeforeAll
    void logIn() {
        register = new RegisterFixture(api, api.login("licensing"));
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void anAgencyWithOnlyAnApplicationIsNotInThePublicRegister() {
        long applicant = register.agency("Applicant Only Recruiters");
        register.pendingLicence(applicant, today(), today().plusYears(2));

        assertEquals(List.of(), publicNames("applicant%20only"));
    }

    @Test
    void aRevokedAgencyStaysInThePublicRegisterWithoutItsNewApplication() {
        long agency = register.agency("Formerly Licensed Recruiters");
        String revoked = register.activeLicenceFor(agency);
        register.move(revoked, "revoke", Map.of("reason", "debt bondage"));
        String application = register.pendingLicence(agency, today(), today().plusYears(2));

        Api.Response r = api.get("/api/public/agencies?q=formerly%20licensed", null);

        assertEquals(1, r.body().get("items").size(), r::toString);
        JsonNode licences = r.body().get("items").get(0).get("licences");
        assertEquals(1, licences.size(), "the revoked licence, not the application: " + r);
        assertEquals(revoked, licences.get(0).get("number").getStringValue());
        assertEquals("REVOKED", licences.get(0).get("status").getStringValue());
        assertFalse(r.raw().contains(application), r::toString);
    }

    @Test
    void aLicenceNotYetInForceSaysFromWhen() {
        LocalDate from = today().plusYears(1).withDayOfYear(1);
        String number = register.pendingLicence(register.agency("Next Year Recruiters"), from, from.plusYears(2));
        register.move(number, "approve");

        Api.Response r = api.get("/api/public/licences/" + number, null);

        assertEquals("ACTIVE", r.text("status"));
        assertFalse(r.body().get("validToday").getBooleanValue(), r::toString);
        assertEquals("not yet in force: valid from " + from, r.text("notValidBecause"));
    }

    @Test
    void aSuspendedLicenceSaysSinceWhen() {
        String number = register.activeLicence();
        register.move(number, "suspend", Map.of("reason", "fees charged to workers"));

        Api.Response r = api.get("/api/public/licences/" + number, null);

        assertEquals("suspended on " + today() + " by National Labour Licensing Authority", r.text("notValidBecause"));
    }

    @Test
    void anExpiredLicenceSaysWhenItExpired() {
        LocalDate until = today().plusDays(10);
        String number = register.pendingLicence(register.agency("Short Licence Recruiters"), today().minusMonths(1), until);
        register.move(number, "approve");
        clock.advance(Duration.ofDays(11));

        Api.Response r = api.get("/api/public/licences/" + number, null);

        assertEquals("EXPIRED", r.text("status"));
        assertEquals("expired on " + until.plusDays(1) + ": it was valid until " + until, r.text("notValidBecause"));
    }

    @Test
    void aValidLicenceGivesNoReason() {
        Api.Response r = api.get("/api/public/licences/" + register.activeLicence(), null);

        assertTrue(r.body().get("validToday").getBooleanValue(), r::toString);
        assertTrue(r.body().get("notValidBecause").isNull(), r::toString);
    }

    @Test
    void aPastDayIsAnsweredFromTheLicencesHistory() {
        LocalDate approvedOn = today();
        String number = register.activeLicence();
        clock.advance(Duration.ofDays(20));
        register.move(number, "revoke", Map.of("reason", "debt bondage"));

        Api.Response before = api.get("/api/public/licences/" + number + "?date=" + approvedOn.plusDays(5), null);
        Api.Response now = api.get("/api/public/licences/" + number, null);

        assertEquals(200, before.status(), before::toString);
        assertEquals("ACTIVE", before.text("status"));
        assertTrue(before.body().get("validToday").getBooleanValue(), before::toString);
        assertEquals(approvedOn.plusDays(5).toString(), before.text("checkedOn"));
        assertEquals("REVOKED", now.text("status"));
        assertEquals("revoked on " + approvedOn.plusDays(20) + " by National Labour Licensing Authority",
                now.text("notValidBecause"));
    }

    @Test
    void aDayBeforeTheLicenceWasFiledIs404() {
        String number = register.activeLicence();

        Api.Response r = api.get("/api/public/licences/" + number + "?date=" + today().minusYears(3), null);

        assertProblem(404, r);
        assertTrue(r.text("detail").contains("not yet in the register on " + today().minusYears(3)), r::toString);
    }

    @Test
    void aFutureDayIs400SayingWhy() {
        Api.Response r = api.get("/api/public/licences/" + register.activeLicence() + "?date=" + today().plusDays(1), null);

        assertBadField("date", r);
        assertTrue(r.raw().contains("in the future"), r::toString);
    }

    @Test
    void aDateThatIsNoDateIs400NamingTheFormat() {
        Api.Response r = api.get("/api/public/licences/" + register.activeLicence() + "?date=yesterday", null);

        assertBadField("date", r);
        assertTrue(r.raw().contains("YYYY-MM-DD"), r::toString);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private List<String> publicNames(String q) {
        Api.Response r = api.get("/api/public/agencies?q=" + q, null);
        assertEquals(200, r.status(), r::toString);
        List<String> names = new ArrayList<>();
        for (JsonNode item : r.body().get("items").values()) {
            names.add(item.get("legalName").getStringValue());
        }
        return names;
    }
}
