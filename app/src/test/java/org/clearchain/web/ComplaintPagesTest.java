package org.clearchain.web;

import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Console;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public complaint pages over plain HTTP: filing, the errors at each field, French, following by tracking code. */
class ComplaintPagesTest extends ApiTest {

    private static final Pattern CODE = Pattern.compile("CMP-[0-9A-Z]{4}-[0-9A-Z]{4}");

    private String officer;
    private String licenceNumber;
    private long licensedAgency;

    @BeforeAll
    void licensedAgency() {
        officer = api.login("licensing");
        RegisterFixture register = new RegisterFixture(api, officer);
        licensedAgency = register.agency("Zéphyr Placement Océan SARL");
        licenceNumber = register.activeLicenceFor(licensedAgency);
    }

    private Console console() {
        return new Console(URI.create(server.getURL().toString() + "/"));
    }

    private static Map<String, String> complaint(Map<String, String> answers) {
        Map<String, String> form = new HashMap<>(Map.of("category", "RECRUITMENT_FEES",
                "description", "I paid 900 euros for the job.", "identity", "anonymous"));
        form.putAll(answers);
        return form;
    }

    private static String code(Console.Page page) {
        Matcher m = CODE.matcher(page.html());
        assertTrue(m.find(), page.html());
        return m.group();
    }

    @Test
    void anAnonymousComplaintStoresNoNameEvenWhenOneWasTypedBeforeChoosingAnonymity() {
        Console.Page filed = console().submit("/complaints/new", "/complaints/new", complaint(Map.of(
                "against", "licence", "licenceNumber", " " + licenceNumber.toLowerCase() + " ",
                "contact", "Amina Rahman, +880 1711 000000")));

        assertEquals(200, filed.status(), filed.html());
        assertTrue(filed.html().contains("Complaint sent") && filed.html().contains("nobody will contact you"), filed.html());
        String code = code(filed);
        assertEquals(1, count("SELECT COUNT(*) FROM complaint WHERE tracking_code = '" + code + "' AND contact IS NULL"
                + " AND filed_by IS NULL AND agency_id = " + licensedAgency));
        assertEquals(0, count("SELECT COUNT(*) FROM complaint WHERE contact LIKE '%Amina%' OR description LIKE '%Amina%'"));
    }

    @Test
    void aNamedComplaintAgainstAnUnregisteredRecruiterKeepsTheContactForOfficers() {
        Console.Page filed = console().submit("/complaints/new", "/complaints/new", complaint(Map.of(
                "against", "unregistered", "recruiterName", "Dhaka Quick Jobs", "recruiterCountry", "BD",
                "identity", "named", "contact", "Karim, karim@example.org")));

        assertEquals(200, filed.status(), filed.html());
        String code = code(filed);
        assertEquals(1, count("SELECT COUNT(*) FROM complaint c JOIN unlicensed_recruiter r ON r.id = c.recruiter_id"
                + " WHERE c.tracking_code = '" + code + "' AND c.contact = 'Karim, karim@example.org' AND r.country = 'BD'"));
    }

    @Test
    void missingAnswersAreShownAtEachFieldAndInTheSummaryAndNothingTypedIsLost() {
        Console visitor = console();
        long before = count("SELECT COUNT(*) FROM complaint");
        Console.Page page = visitor.submit("/complaints/new", "/complaints/new", Map.of(
                "description", "Fees <script>alert(1)</script> of 900 €", "recruiterName", "Typed Name"));

        assertEquals(400, page.status());
        String html = page.html();
        for (String field : new String[] {"against", "category", "identity"}) {
            assertTrue(html.contains("<a href=\"#" + field + "\">"), "the summary links to " + field + ":\n" + html);
            assertTrue(html.contains("id=\"" + field + "-error\""), "a message at " + field);
            assertTrue(html.contains("id=\"" + field + "\""), "the link has a target: " + field);
        }
        assertTrue(html.contains("Choose who your complaint is about") && html.contains("There is a problem"));
        assertTrue(html.contains("Fees &lt;script&gt;alert(1)&lt;/script&gt; of 900 €</textarea>"), "kept, escaped");
        assertTrue(html.contains("value=\"Typed Name\""), "kept");
        assertFalse(html.contains("<script>alert(1)"));
        assertEquals(before, count("SELECT COUNT(*) FROM complaint"));

        Console.Page chosen = visitor.submit("/complaints/new", "/complaints/new", complaint(Map.of(
                "against", "unregistered", "recruiterName", "Typed Name", "identity", "named", "category", "ABUSE")));
        assertEquals(400, chosen.status());
        assertTrue(chosen.html().contains("<a href=\"#recruiterCountry\">Choose the country where the recruiter works</a>"));
        assertTrue(chosen.html().contains("<a href=\"#contact\">Enter your name and a phone number or email address</a>"));
        assertTrue(Pattern.compile("value=\"ABUSE\"\\s+checked").matcher(chosen.html()).find(), "the chosen category stays chosen");
        assertTrue(Pattern.compile("value=\"named\"\\s+checked").matcher(chosen.html()).find());
    }

    @Test
    void tooLongADescriptionAndAnUnknownLicenceAreRefusedAtTheirFields() {
        Console.Page tooLong = console().submit("/complaints/new", "/complaints/new", complaint(Map.of(
                "against", "licence", "licenceNumber", licenceNumber, "description", "x".repeat(10_001))));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.html().contains("<a href=\"#description\">What happened must be 10,000 characters or fewer</a>"),
                tooLong.html());

        Console.Page unknown = console().submit("/complaints/new", "/complaints/new", complaint(Map.of(
                "against", "licence", "licenceNumber", "zz-0000-999999")));
        assertEquals(400, unknown.status());
        assertTrue(unknown.html().contains("<a href=\"#licenceNumber\">No licence numbered ZZ-0000-999999 is in the register."),
                unknown.html());
        assertFalse(unknown.html().contains("agencyName and agencyCountry"), "no API words on a page");
    }

    @Test
    void aRegisteredAgencyIsPickedByItsNameFromTheRegister() {
        Console visitor = console();
        Console.Page choose = visitor.submit("/complaints/new", "/complaints/new", complaint(Map.of(
                "against", "registered", "agencyName", "zephyr placement ocean")));
        assertEquals(400, choose.status());
        assertTrue(choose.html().contains("Choose the agency you mean from the list"), choose.html());
        assertTrue(choose.html().contains("value=\"" + licensedAgency + "\""), "the agency is offered");
        assertTrue(choose.html().contains("Zéphyr Placement Océan SARL (France)"));

        Console.Page filed = visitor.submit("/complaints/new", "/complaints/new", complaint(Map.of(
                "against", "registered", "agencyName", "zephyr placement ocean", "agencyId", String.valueOf(licensedAgency))));
        assertEquals(200, filed.status(), filed.html());
        assertEquals(1, count("SELECT COUNT(*) FROM complaint WHERE tracking_code = '" + code(filed) + "' AND agency_id = "
                + licensedAgency));

        Console.Page none = visitor.submit("/complaints/new", "/complaints/new", complaint(Map.of(
                "against", "registered", "agencyName", "No Such Agency Anywhere")));
        assertEquals(400, none.status());
        assertTrue(none.html().contains("No licensed agency has a name like"));
    }

    @Test
    void theFormAndItsErrorsSpeakFrench() {
        Console visitor = console().language("fr");
        assertTrue(visitor.get("/complaints/new").html().contains("Votre plainte concerne qui ?"));
        Console.Page page = visitor.submit("/complaints/new", "/complaints/new", Map.of("against", "licence"));
        assertEquals(400, page.status());
        assertTrue(page.html().contains("<html lang=\"fr\""));
        assertTrue(page.html().contains("Saisissez le numéro de licence") && page.html().contains("Racontez ce qui s’est passé"),
                page.html());
        assertFalse(page.html().contains("??complaints"), "every key is found");

        Console.Page filed = visitor.submit("/complaints/new", "/complaints/new", complaint(Map.of(
                "against", "licence", "licenceNumber", licenceNumber)));
        assertTrue(filed.html().contains("Votre code de suivi"));
        Console.Page status = visitor.submit("/complaints/track", "/complaints/track", Map.of("code", code(filed)));
        assertEquals(200, status.status());
        assertTrue(status.html().contains("Votre plainte a été reçue"), status.html());
    }

    @Test
    void aComplaintIsFollowedByItsCodeWithItsStepsInPlainWords() {
        Console.Page filed = console().submit("/complaints/new", "/complaints/new", complaint(Map.of(
                "against", "unregistered", "recruiterName", "Kathmandu Overseas Manpower", "recruiterCountry", "NP")));
        String code = code(filed);
        long id = count("SELECT id FROM complaint WHERE tracking_code = '" + code + "'");
        assertEquals(200, api.post("/api/complaints/" + id + "/investigate", officer, Map.of()).status());
        assertEquals(200, api.post("/api/complaints/" + id + "/unsubstantiate", officer, Map.of()).status());

        Console.Page status = console().submit("/complaints/track", "/complaints/track",
                Map.of("code", " " + code.toLowerCase() + " "));
        assertEquals(200, status.status(), status.html());
        String html = status.html();
        assertTrue(html.contains("Not proven"), html);
        int received = html.indexOf("Your complaint was received");
        int investigating = html.indexOf("An officer started investigating");
        int unproven = html.indexOf("The complaint could not be proven");
        assertTrue(received > 0 && investigating > received && unproven > investigating, html);
        assertFalse(html.contains("Kathmandu") || html.contains("I paid 900"), "what was written is never shown");
    }

    @Test
    void aWrongTrackingCodeSaysSoAndRevealsNothing() {
        Console visitor = console();
        Console.Page wrong = visitor.submit("/complaints/track", "/complaints/track", Map.of("code", "CMP-2222-2222"));
        assertEquals(404, wrong.status());
        assertTrue(wrong.html().contains("<a href=\"#code\">No complaint has this tracking code."), wrong.html());
        assertTrue(wrong.html().contains("value=\"CMP-2222-2222\""), "what was typed stays");

        Console.Page malformed = visitor.submit("/complaints/track", "/complaints/track", Map.of("code", "hello"));
        assertEquals(400, malformed.status());
        assertTrue(malformed.html().contains("Enter the tracking code as it was shown"));

        Console.Page empty = visitor.submit("/complaints/track", "/complaints/track", Map.of("code", ""));
        assertEquals(400, empty.status());
        assertTrue(empty.html().contains("Enter your tracking code"));
    }

    @Test
    void aFormWithoutItsTokenIsRefused() {
        Console visitor = console();
        visitor.get("/complaints/new");
        long before = count("SELECT COUNT(*) FROM complaint");
        Console.Page refused = visitor.post("/complaints/new", complaint(Map.of("against", "licence",
                "licenceNumber", licenceNumber)), server.getURL().toString());
        assertEquals(403, refused.status());
        assertEquals(before, count("SELECT COUNT(*) FROM complaint"));
        assertEquals(403, visitor.post("/complaints/track", Map.of("code", "CMP-2222-2222"), server.getURL().toString()).status());
    }
}
