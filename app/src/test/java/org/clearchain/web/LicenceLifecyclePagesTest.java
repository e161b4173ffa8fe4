package org.clearchain.web;

import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Console;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The licensing officer's register pages over plain HTTP: registering, filing, moving, and who may do it. */
class LicenceLifecyclePagesTest extends ApiTest {

    private RegisterFixture register;
    private String officerToken;

    @BeforeAll
    void makeASecondAuthority() {
        officerToken = api.login("licensing");
        register = new RegisterFixture(api, officerToken);
        AdminFixture admin = new AdminFixture(api, api.login("admin"));
        long coastal = admin.organisation("Coastal Licensing Office", "LICENSING_AUTHORITY", "FR");
        admin.user("licensing.coast", "coastal-officer-pass", "LICENSING_OFFICER", coastal);
    }

    private Console signedIn(String username, String password) {
        Console console = new Console(URI.create(server.getURL().toString() + "/"));
        console.signIn(username, password);
        return console;
    }

    private Console officer() {
        return signedIn("licensing", "demo-licensing");
    }

    private static Map<String, String> agencyForm(String name, String number) {
        Map<String, String> form = new HashMap<>(Map.of("legalName", name, "registrationNumber", number, "country", "PH",
                "address", "1 Rizal Avenue, Manila", "contactEmail", "desk@example.org", "contactPhone", "+63 2 555 0100"));
        form.put("sector0", "1410");
        form.put("sector1", "");
        form.put("origin0", "PH");
        form.put("destination0", "AE");
        form.put("origin1", "");
        form.put("destination1", "");
        return form;
    }

    @Test
    void theOfficersMenuOffersToRegisterAnAgency() {
        assertTrue(officer().get("/account").html().contains("href=\"/officer/agencies/new\""));
    }

    @Test
    void aRegisteredAgencyKeepsItsSectorsAndCorridorsAndOpensItsPage() {
        Console officer = officer();
        Console.Page form = officer.get("/officer/agencies/new");
        assertEquals(200, form.status());
        assertTrue(form.html().contains("<option value=\"PH\">Philippines</option>"), "a country select");

        Console.Page done = officer.submit("/officer/agencies/new", "/officer/agencies/new",
                agencyForm("Manila Overseas Placement", "PH-SEC-2026-01"));
        assertEquals(303, done.status(), done.html());
        String location = done.location().orElseThrow();
        assertTrue(location.matches("/officer/agencies/\\d+"), location);

        Api.Response agency = api.get("/api/agencies/" + location.substring(location.lastIndexOf('/') + 1), officerToken);
        assertEquals("Manila Overseas Placement", agency.body().get("agency").get("legalName").getStringValue(), agency.raw());
        assertTrue(agency.raw().contains("\"sectors\":[\"1410\"]") && agency.raw().contains("\"origin\":\"PH\",\"destination\":\"AE\""),
                agency.raw());
    }

    @Test
    void aFormWithMistakesSaysSoAtEachFieldAndKeepsWhatWasTyped() {
        Map<String, String> form = agencyForm("", "REG-77");
        form.put("country", "");
        form.put("contactEmail", "not-an-address");
        form.put("sector1", "9999X");
        form.put("origin1", "NP");
        Console.Page refused = officer().submit("/officer/agencies/new", "/officer/agencies/new", form);
        assertEquals(400, refused.status());
        String html = refused.html();
        for (String field : new String[] {"legalName", "country", "contactEmail", "sector1", "destination1"}) {
            assertTrue(html.contains("href=\"#" + field + "\""), field + " in the summary:\n" + html);
        }
        assertTrue(html.contains("Enter the agency’s legal name") && html.contains("“9999X” is not an ISIC Rev.4 code"), html);
        assertTrue(html.contains("value=\"REG-77\"") && html.contains("value=\"9999X\"")
                && html.contains("<option value=\"NP\" selected>"), "nothing typed is lost");
        assertFalse(html.contains("org.clearchain") || html.contains("Exception"), html);
    }

    @Test
    void registeringTheSameAgencyTwiceIsExplained() {
        Console officer = officer();
        assertEquals(303, officer.submit("/officer/agencies/new", "/officer/agencies/new",
                agencyForm("Twice Recruiting", "TW-1")).status());
        Console.Page again = officer.submit("/officer/agencies/new", "/officer/agencies/new",
                agencyForm("Twice Recruiting", "TW-1"));
        assertEquals(409, again.status());
        assertTrue(again.html().contains("already in your register"), again.html());
    }

    @Test
    void aLicenceIsFiledThenMovedOnlyAsTheLifecycleAllows() {
        long agency = register.agency("Lifecycle Pages Agency");
        Console officer = officer();
        String formPath = "/officer/agencies/" + agency + "/licences/new";
        Console.Page badDates = officer.submit(formPath, formPath,
                Map.of("scope", "Recruitment for garment factories", "validFrom", "31/12/2026", "validUntil", "2026-01-01"));
        assertEquals(400, badDates.status());
        assertTrue(badDates.html().contains("“31/12/2026” is not a date") && badDates.html().contains("Recruitment for garment factories"),
                badDates.html());

        LocalDate today = LocalDate.now(clock);
        Console.Page filed = officer.submit(formPath, formPath, Map.of("scope", "Recruitment for garment factories",
                "validFrom", today.toString(), "validUntil", today.plusYears(2).toString(), "conditions", ""));
        assertEquals(303, filed.status(), filed.html());
        String page = filed.location().orElseThrow();
        assertTrue(page.matches("/officer/licences/CC-\\d{4}-\\d{6}"), page);
        String number = page.substring(page.lastIndexOf('/') + 1);

        String pending = officer.get(page).html();
        assertTrue(pending.contains("action=\"" + page + "/approve\"") && pending.contains("action=\"" + page + "/reject\""));
        assertFalse(pending.contains(page + "/suspend") || pending.contains(page + "/revoke"), "only the moves allowed now");
        assertTrue(pending.contains("Application filed"));

        assertEquals(303, officer.submit(page, page + "/approve", Map.of("validUntil-approve", "", "reason-approve", "")).status());
        String active = officer.get(page).html();
        assertTrue(active.contains("id=\"licence-status\">Active<"), active);
        for (String move : new String[] {"suspend", "revoke", "surrender", "renew"}) {
            assertTrue(active.contains("action=\"" + page + "/" + move + "\""), move);
        }
        assertFalse(active.contains(page + "/approve") || active.contains(page + "/reinstate"));

        Console.Page noReason = officer.submit(page, page + "/suspend", Map.of("reason-suspend", "  "));
        assertEquals(400, noReason.status());
        assertTrue(noReason.html().contains("href=\"#reason-suspend\"") && noReason.html().contains("Enter the reason"));
        assertEquals("ACTIVE", api.get("/api/licences/" + number, officerToken).text("status"));

        assertEquals(303, officer.submit(page, page + "/suspend", Map.of("reason-suspend", "Fees charged to workers")).status());
        assertEquals("SUSPENDED", api.get("/api/licences/" + number, officerToken).text("status"));
        assertTrue(officer.get(page).html().contains("Fees charged to workers"), "the reason is in the history");
    }

    @Test
    void aRefusedMoveIsExplainedOnThePageWithWhatWasTyped() {
        String number = register.activeLicence();
        String page = "/officer/licences/" + number;
        Console officer = officer();
        // as from a page drawn before the licence became active: reinstate is no longer allowed
        Console.Page refused = officer.submit(page, page + "/reinstate", Map.of("reason-reinstate", "Inspection cleared it"));
        assertEquals(409, refused.status());
        String html = refused.html();
        assertTrue(html.contains("govuk-error-summary") && html.contains("href=\"#moves\""), html);
        assertTrue(html.contains("The licence is Active now: it cannot be changed by “Reinstate”. Allowed now: Suspend, Revoke, Surrender, Renew."),
                html);
        assertTrue(html.contains("Inspection cleared it</textarea>"), "what was typed is kept");

        Console.Page early = officer.submit(page, page + "/renew", Map.of("validUntil-renew", "2000-01-01"));
        assertEquals(400, early.status());
        assertTrue(early.html().contains("href=\"#validUntil-renew\"")
                && early.html().contains("Enter an end date after today and after the current end date"), early.html());

        assertEquals(303, officer.submit(page, page + "/revoke", Map.of("reason-revoke", "Forged documents")).status());
        Console.Page afterTheEnd = officer.submit(page, page + "/renew", Map.of("validUntil-renew", "2099-01-01"));
        assertEquals(409, afterTheEnd.status());
        assertTrue(afterTheEnd.html().contains("or by any other change") && afterTheEnd.html().contains("that is final"),
                afterTheEnd.html());

        Console french = officer.language("fr");
        assertTrue(french.submit(page, page + "/suspend", Map.of("reason-suspend", "x")).html()
                .contains("La licence est maintenant : Retirée."));
    }

    @Test
    void anotherAuthoritysOfficerCanNeitherSeeNorMoveTheLicence() {
        long agency = register.agency("Tenancy Pages Agency");
        String number = register.activeLicenceFor(agency);
        String page = "/officer/licences/" + number;
        Console other = signedIn("licensing.coast", "coastal-officer-pass");
        assertEquals(404, other.get(page).status());
        assertEquals(404, other.get("/officer/agencies/" + agency + "/licences/new").status());
        String token = other.get("/account").csrf();
        Map<String, String> form = Map.of("_csrf", token, "reason-suspend", "Not ours");
        assertEquals(404, other.post(page + "/suspend", form, server.getURL().toString()).status());
        assertEquals(404, other.post("/officer/agencies/" + agency + "/licences/new",
                Map.of("_csrf", token, "scope", "x", "validFrom", "2026-01-01", "validUntil", "2027-01-01"),
                server.getURL().toString()).status());
        assertEquals("ACTIVE", api.get("/api/licences/" + number, officerToken).text("status"));
        assertFalse(other.get(page).html().contains(number + "/suspend"));
    }

    @Test
    void onlyLicensingOfficersRegisterAndMoveWhileOthersWhoReadTheRegisterSeeNoForms() {
        String number = register.activeLicence();
        String page = "/officer/licences/" + number;
        Console supplier = signedIn("supplier.a", "demo-supplier.a");
        assertEquals(403, supplier.get("/officer/agencies/new").status());
        assertEquals(403, supplier.get(page).status());

        Console inspector = signedIn("inspector", "demo-inspector");
        Console.Page read = inspector.get(page);
        assertEquals(200, read.status());
        assertTrue(read.html().contains(number) && !read.html().contains(page + "/suspend"), "no move for an inspector");
        assertEquals(403, inspector.get("/officer/agencies/new").status());
        String token = inspector.get("/account").csrf();
        assertEquals(403, inspector.post(page + "/suspend", Map.of("_csrf", token, "reason-suspend", "x"),
                server.getURL().toString()).status());
        assertEquals("ACTIVE", api.get("/api/licences/" + number, officerToken).text("status"));

        Console anonymous = new Console(URI.create(server.getURL().toString() + "/"));
        assertTrue(anonymous.get(page).location().orElseThrow().startsWith("/sign-in?next="));
    }
}
