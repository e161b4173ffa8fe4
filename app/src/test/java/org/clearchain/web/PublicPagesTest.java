package org.clearchain.web;

import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Console;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public pages over plain HTTP: verdicts, unknown and malformed numbers, the register's search and paging, FR. */
class PublicPagesTest extends ApiTest {

    private RegisterFixture register;
    private String licensing;
    private long generale;
    private String active;
    private String suspended;

    @BeforeAll
    void data() {
        licensing = api.login("licensing");
        register = new RegisterFixture(api, licensing);
        Map<String, Object> lumiere = new HashMap<>(RegisterFixture.agencyBody("Agence Générale de Placement Lumière", "FR"));
        lumiere.put("contactEmail", "desk@lumiere.example");
        lumiere.put("address", "12 Rue Secrète, Lyon");
        generale = api.post("/api/agencies", licensing, lumiere).number("id");
        active = register.activeLicenceFor(generale);
        suspended = register.activeLicenceFor(generale);
        register.move(suspended, "suspend", Map.of("reason", "wage theft reported by 3 workers"));
        for (int i = 1; i <= 23; i++) {
            register.activeLicenceFor(register.agency(String.format("Pagewise Recruiters %02d", i)));
        }
        Map<String, Object> garments = new HashMap<>(RegisterFixture.agencyBody("Pagewise Garment Staffing", "BD"));
        garments.put("sectors", List.of("1410"));
        register.activeLicenceFor(api.post("/api/agencies", licensing, garments).number("id"));
    }

    private Console console() {
        return new Console(URI.create(server.getURL().toString() + "/"));
    }

    @Test
    void aValidLicenceSaysValidWithTheDateAndTheAgency() {
        Console.Page page = console().get("/verify/" + active);
        assertEquals(200, page.status(), page::html);
        assertTrue(page.html().contains("id=\"verdict-word\">VALID<"), page.html());
        assertTrue(page.html().contains("Agence Générale de Placement Lumière"));
        assertTrue(page.html().contains("href=\"/register/agencies/" + generale + "\""));
        assertTrue(page.html().contains("cc-verdict--valid"));
    }

    @Test
    void aSuspendedLicenceSaysNotValidAndWhyInEitherLanguageWithoutThePrivateReason() {
        Console.Page english = console().get("/verify/" + suspended.toLowerCase());
        assertEquals(200, english.status());
        assertTrue(english.html().contains(">NOT VALID<"), english.html());
        assertTrue(english.html().contains("it was suspended on"), english.html());
        assertFalse(english.html().contains("wage theft"), "the officer's reason is not public");

        Console.Page french = console().language("fr").get("/verify/" + suspended);
        assertTrue(french.html().contains(">NON VALIDE<"), french.html());
        assertTrue(french.html().contains("elle a été suspendue le"), french.html());
        assertTrue(french.html().contains("<html lang=\"fr\""));
    }

    @Test
    void theFormSentWithoutJavaScriptGoesToTheNumbersVerdict() {
        Console.Page sent = console().get("/verify?number=%20" + active.toLowerCase() + "%20");
        assertEquals(303, sent.status());
        assertEquals("/verify/" + active, sent.location().orElseThrow());
    }

    @Test
    void anUnknownNumberIsA404PageThatSaysSo() {
        Console.Page page = console().get("/verify/CC-1900-999999");
        assertEquals(404, page.status());
        assertTrue(page.html().contains("No licence with this number"), page.html());
        assertTrue(page.html().contains("There is no licence CC-1900-999999 in the register."));
        Console.Page french = console().language("fr").get("/verify/CC-1900-999999");
        assertEquals(404, french.status());
        assertTrue(french.html().contains("Aucune licence sous ce numéro"), french.html());
    }

    @Test
    void aMalformedNumberGetsAMessageAtTheField() {
        for (String path : List.of("/verify?number=CC%202026%3C%3E", "/verify/%3Cscript%3E", "/verify?number=%20")) {
            Console.Page page = console().get(path);
            assertEquals(400, page.status(), path);
            assertTrue(page.html().contains("id=\"number-error\""), path + "\n" + page.html());
            assertTrue(page.html().contains("href=\"#number\""), "the summary links to the field");
            assertFalse(page.html().contains("<script>"), "what was typed is escaped");
        }
        assertTrue(console().get("/verify?number=%20").html().contains("Enter a licence number"));
        assertTrue(console().language("fr").get("/verify/ab%3Ccd").html().contains("Saisissez un numéro de licence tel"));
    }

    @Test
    void aNameTypedWithoutAccentsFindsTheAgency() {
        Console.Page page = console().get("/register?name=agence+generale+de+placement+lumiere");
        assertEquals(200, page.status());
        assertTrue(page.html().contains("1 agency found"), page.html());
        assertTrue(page.html().contains("href=\"/register/agencies/" + generale + "\">Agence Générale de Placement Lumière<"));
    }

    @Test
    void theRegisterIsPagedWithLinksThatKeepTheSearch() {
        Console visitor = console();
        Console.Page first = visitor.get("/register?name=pagewise&country=fr");
        assertEquals(200, first.status());
        assertTrue(first.html().contains("23 agencies found"), first.html());
        assertEquals(20, names(first.html()).size());
        assertTrue(first.html().contains("href=\"/register?name=pagewise&amp;country=FR&amp;page=2\" rel=\"next\""), first.html());
        assertTrue(first.html().contains("aria-current=\"page\">1<"));

        Console.Page second = visitor.get("/register?name=pagewise&country=FR&page=2");
        List<String> rest = names(second.html());
        assertEquals(List.of("Pagewise Recruiters 21", "Pagewise Recruiters 22", "Pagewise Recruiters 23"), rest);
        assertTrue(second.html().contains("rel=\"prev\""));
        assertFalse(second.html().contains("rel=\"next\""));

        Console.Page beyond = visitor.get("/register?name=pagewise&country=FR&page=9");
        assertEquals(200, beyond.status());
        assertTrue(beyond.html().contains("There are no more results"), beyond.html());
        assertEquals(200, visitor.get("/register?name=pagewise&page=abc").status(), "a page that is no number is the first");
    }

    @Test
    void theRegisterFiltersBySectorNameOrCode() {
        for (String sector : List.of("1410", "apparel", "14")) {
            Console.Page page = console().get("/register?name=pagewise&sector=" + sector);
            assertEquals(List.of("Pagewise Garment Staffing"), names(page.html()), sector);
        }
        assertTrue(console().get("/register?name=pagewise&sector=agriculture").html().contains("23 agencies found"));
    }

    @Test
    void aBadCountryOrSectorGetsAMessageAtTheFieldInFrench() {
        Console.Page page = console().language("fr").get("/register?name=x&country=France&sector=underwater+basketry");
        assertEquals(400, page.status());
        assertTrue(page.html().contains("id=\"country-error\""), page.html());
        assertTrue(page.html().contains("id=\"sector-error\""));
        assertTrue(page.html().contains("Saisissez le pays par son code à deux lettres"));
        assertTrue(page.html().contains("value=\"underwater basketry\""), "what was typed stays in the field");
    }

    @Test
    void anAgencysPageShowsItsLicencesAndTheirMovesButNoPrivateData() {
        Console.Page page = console().get("/register/agencies/" + generale);
        assertEquals(200, page.status(), page::html);
        String html = page.html();
        assertTrue(html.contains("<h1 class=\"govuk-heading-l\">Agence Générale de Placement Lumière</h1>"), html);
        assertTrue(html.contains(active) && html.contains(suspended));
        assertTrue(html.contains("Application filed") && html.contains("Licence granted") && html.contains(">Suspended<"), html);
        assertFalse(html.contains("wage theft"), "no reasons");
        assertFalse(html.contains("desk@lumiere") || html.contains("Rue Secrète"), "no contact data");
        assertTrue(console().language("fr").get("/register/agencies/" + generale).html().contains("Licence accordée"));
    }

    @Test
    void anAgencyThatIsNotInThePublicRegisterIsNotFound() {
        long applicant = register.agency("Applicant Only " + LocalDate.now());
        register.pendingLicence(applicant, LocalDate.now(), LocalDate.now().plusYears(1));
        for (String id : List.of(String.valueOf(applicant), "987654321", "abc", "-1")) {
            Console.Page page = console().get("/register/agencies/" + id);
            assertEquals(404, page.status(), id);
            assertTrue(page.html().contains("There is no agency with this address in the public register"), page.html());
        }
    }

    private static final Pattern NAME = Pattern.compile("href=\"/register/agencies/\\d+\">([^<]+)</a>");

    private static List<String> names(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
