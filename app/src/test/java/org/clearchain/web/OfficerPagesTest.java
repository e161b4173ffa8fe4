package org.clearchain.web;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.risk.ExplanationFr;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Console;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The licensing officer's pages over plain HTTP: what they show, the complaint moves, tenancy and roles. */
class OfficerPagesTest extends ApiTest {

    private long agency;
    private String licence;
    private String officerToken;

    @BeforeAll
    void anAgencyWithALicenceAndComplaints() {
        officerToken = api.login("licensing");
        RegisterFixture register = new RegisterFixture(api, officerToken);
        agency = register.agency("Agence Générale des Pages");
        licence = register.activeLicenceFor(agency);
        AdminFixture admins = new AdminFixture(api, api.login("admin"));
        long other = admins.organisation("Pages Other Authority", "LICENSING_AUTHORITY", "BE");
        admins.user("pages.other", "pages-other-password", "LICENSING_OFFICER", other);
    }

    private Console console() {
        return new Console(URI.create(server.getURL().toString() + "/"));
    }

    private Console officer() {
        Console console = console();
        console.signIn("licensing", "demo-licensing");
        return console;
    }

    private long complaint(String description) {
        return api.post("/api/complaints", officerToken, Map.of("agencyId", agency, "category", "RECRUITMENT_FEES",
                "description", description)).number("id");
    }

    @Test
    void aLicensingOfficerLandsOnTheDashboardOfTheirRegister() {
        Console console = console();
        Console.Page signedIn = console.signIn("licensing", "demo-licensing");
        assertEquals("/officer", signedIn.location().orElseThrow());
        Console.Page dashboard = console.get("/officer");
        assertEquals(200, dashboard.status());
        String html = dashboard.html();
        assertTrue(html.contains("Applications waiting for a decision") && html.contains("id=\"expiring-90\"")
                && html.contains("id=\"complaints-RECEIVED\"") && html.contains("Last feed runs"), html);
        assertTrue(html.contains("href=\"/officer/complaints\"") && html.contains("href=\"/officer/agencies\""),
                "the officer's menu");
        long waiting = api.get("/api/agencies?status=PENDING&size=1", officerToken).body().get("totalItems").getLongValue();
        assertTrue(waiting >= 0);
    }

    @Test
    void theAgencyListFindsANameTypedWithoutAccentsAndShowsItsLicence() {
        Console.Page found = officer().get("/officer/agencies?q=agence+generale+des");
        assertEquals(200, found.status());
        assertTrue(found.html().contains("href=\"/officer/agencies/" + agency + "\"") && found.html().contains(licence)
                && found.html().contains("Active"), found.html());
        assertTrue(found.html().contains("1 agency"), found.html());
        Console.Page none = officer().get("/officer/agencies?q=no+such+agency+at+all");
        assertTrue(none.html().contains("No agency found") && !none.html().contains("id=\"agencies\""));
        assertEquals(400, officer().get("/officer/agencies?page=-1").status());
    }

    @Test
    void theAgencyPageShowsDetailsLicencesHistoryComplaintsRiskAndDownloads() {
        long filed = complaint("Workers paid a fee for their visa");
        String code = api.get("/api/complaints/" + filed, officerToken).text("trackingCode");
        String html = officer().get("/officer/agencies/" + agency).html();
        assertTrue(html.contains("Agence Générale des Pages") && html.contains("href=\"/officer/licences/" + licence + "\""),
                html);
        assertTrue(html.contains("href=\"/officer/licences/" + licence + "/certificate.pdf\"")
                && html.contains("href=\"/api/public/register.pdf?country=FR&amp;lang=en\""), "downloads");
        assertTrue(html.contains("id=\"events\"") && html.contains("Pending → Active"), "the licence's history");
        assertTrue(html.contains(code) && html.contains("Recruitment fees"), "its complaints");
        JsonNode risk = api.get("/api/agencies/" + agency + "/risk", officerToken).body();
        assertTrue(html.contains("id=\"risk-explanation\""));
        for (JsonNode contribution : risk.get("contributions").values()) {
            String factor = contribution.get("factor").getStringValue();
            if (factor.matches("[\\p{L}\\p{N} .:,()-]+")) {
                assertTrue(html.contains(factor), factor + " is explained on the page");
            }
        }
    }

    @Test
    void theFrenchAgencyPageExplainsTheRiskInFrench() {
        JsonNode risk = api.get("/api/agencies/" + agency + "/risk", officerToken).body();
        Console french = console().language("fr");
        french.signIn("licensing", "demo-licensing");
        String html = french.get("/officer/agencies/" + agency).html();
        assertTrue(html.contains("<html lang=\"fr\"") && html.contains("Historique des licences"));
        int checked = 0;
        for (JsonNode contribution : risk.get("contributions").values()) {
            String english = contribution.get("factor").getStringValue();
            String inFrench = ExplanationFr.phrase(english);
            if (!inFrench.equals(english) && inFrench.matches("[\\p{L}\\p{N} .:,()«»-]+")) {
                assertTrue(html.contains(inFrench), inFrench + " in\n" + html);
                assertFalse(html.contains(">" + english + "<"), english + " left in English");
                checked++;
            }
        }
        assertTrue(checked > 0, "at least one phrase of the explanation has a French wording: " + risk);
    }

    @Test
    void theCertificateDownloadsThroughThePageRouteUnderTheApisRules() {
        Console.Page pdf = officer().get("/officer/licences/" + licence + "/certificate.pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.html().startsWith("%PDF"), pdf.contentType());
        Console other = console();
        other.signIn("pages.other", "pages-other-password");
        assertEquals(404, other.get("/officer/licences/" + licence + "/certificate.pdf").status());
        assertEquals(404, officer().get("/officer/licences/CC-1900-999999/certificate.pdf").status());
    }

    @Test
    void aComplaintMovesByItsFormAndAStaleMoveShowsWhy() {
        long filed = complaint("Passport kept by the agency");
        String code = api.get("/api/complaints/" + filed, officerToken).text("trackingCode");
        Console console = officer();
        Console.Page queue = console.get("/officer/complaints?status=RECEIVED");
        assertTrue(queue.html().contains("action=\"/officer/complaints/" + filed + "/investigate\""), queue.html());
        assertFalse(queue.html().contains("action=\"/officer/complaints/" + filed + "/close\""), "only the moves open now");

        Console.Page moved = console.submit("/officer/complaints", "/officer/complaints/" + filed + "/investigate",
                Map.of("status", "RECEIVED", "page", "0"));
        assertEquals(303, moved.status(), moved.html());
        String back = moved.location().orElseThrow();
        assertEquals("/officer/complaints?status=RECEIVED&page=0&moved=" + filed, back);
        assertTrue(console.get(back).html().contains("Complaint " + code + " is now: Investigating."));
        assertEquals("INVESTIGATING", api.get("/api/complaints/" + filed, officerToken).text("status"));

        Console.Page stale = console.submit("/officer/complaints", "/officer/complaints/" + filed + "/investigate",
                Map.of("status", "RECEIVED"));
        assertEquals(409, stale.status());
        assertTrue(stale.html().contains("govuk-error-summary") && stale.html().contains("href=\"#complaint-" + filed + "\"")
                && stale.html().contains("is Investigating now") && stale.html().contains("Substantiate, Not substantiated"),
                stale.html());

        Console french = console().language("fr");
        french.signIn("licensing", "demo-licensing");
        Console.Page refused = french.submit("/officer/complaints", "/officer/complaints/" + filed + "/investigate", Map.of());
        assertEquals(409, refused.status());
        assertTrue(refused.html().contains("En cours d’enquête"), refused.html());
    }

    @Test
    void aFormWithoutItsTokenMovesNothing() {
        long filed = complaint("Contract changed on arrival");
        Console console = officer();
        Map<String, String> form = new HashMap<>(Map.of("status", ""));
        assertEquals(403, console.post("/officer/complaints/" + filed + "/investigate", form, server.getURL().toString())
                .status());
        assertEquals("RECEIVED", api.get("/api/complaints/" + filed, officerToken).text("status"));
    }

    @Test
    void anOfficerOfAnotherAuthoritySeesNothingOfThisRegister() {
        long filed = complaint("Wages withheld for three months");
        Console other = console();
        other.signIn("pages.other", "pages-other-password");
        assertEquals(404, other.get("/officer/agencies/" + agency).status());
        assertFalse(other.get("/officer/agencies?q=generale").html().contains("Agence Générale des Pages"));
        assertFalse(other.get("/officer/complaints").html().contains("/officer/complaints/" + filed + "/"));
        assertEquals(404, other.submit("/officer/complaints", "/officer/complaints/" + filed + "/investigate", Map.of())
                .status());
        assertEquals("RECEIVED", api.get("/api/complaints/" + filed, officerToken).text("status"));
        assertEquals(404, other.get("/officer/agencies/987654321").status());
    }

    @Test
    void anInspectorAndAnAnonymousVisitorCannotOpenTheOfficersPages() {
        Console inspector = console();
        inspector.signIn("inspector", "demo-inspector");
        Console anonymous = console();
        for (String path : new String[] {"/officer", "/officer/agencies", "/officer/agencies/" + agency,
                "/officer/complaints", "/officer/licences/" + licence + "/certificate.pdf"}) {
            assertEquals(403, inspector.get(path).status(), path);
            Console.Page refused = anonymous.get(path);
            assertEquals(303, refused.status(), path);
            assertTrue(refused.location().orElseThrow().startsWith("/sign-in?next="), path);
        }
    }
}
