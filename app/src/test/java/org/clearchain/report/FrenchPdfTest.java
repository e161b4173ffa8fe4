package org.clearchain.report;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every French PDF, on a supplier with findings, floors, agencies, a referral and a screening hit awaiting review, read
 * back with PDFBox: no English label, no enum code, and no word cut across two lines of a table cell.
 */
class FrenchPdfTest extends ApiTest {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");

    private final Map<String, String> frenchPdfs = new LinkedHashMap<>();
    /** Words of the data this test writes and the demo register holds: names, not labels. */
    private final Set<String> dataWords = new HashSet<>();
    private String englishExplanation;
    private String frenchExplanation;

    @BeforeAll
    void buildADossierWithEverythingInIt() {
        String auditor = api.login("auditor.a");
        String inspector = api.login("inspector");
        String licensing = api.login("licensing");
        String admin = api.login("admin");
        RegisterFixture register = new RegisterFixture(api, licensing);

        String supplierName = "Conserverie Atlántica de Safi";
        long supplier = api.post("/api/suppliers", auditor, Map.of("name", supplierName, "country", "MA",
                "sectors", List.of("1020", "0311", "1410"), "goods", List.of("Sardines"))).body().get("supplier").get("id").getLongValue();
        long site = api.post("/api/suppliers/" + supplier + "/sites", auditor, Map.of("name", "Usine du port", "address",
                "Quai de pêche, Safi", "country", "MA", "sector", "1020", "workers", 120, "migrantShare", 35)).number("id");
        String revoked = register.activeLicence();
        assertEquals(201, api.post("/api/suppliers/" + supplier + "/agency-uses", auditor, Map.of("licenceNumber", revoked,
                "workforceShare", 40, "lastPlacementDate", LocalDate.now().minusMonths(1).toString())).status());
        register.move(revoked, "revoke");

        long shelter = api.post("/api/assistance-services", inspector, Map.of("name", "Foyer d'accueil de Safi", "kind", "SHELTER",
                "country", "MA", "region", "Marrakech-Safi")).number("id");
        Map<String, Object> bands = Map.of("under18", 0, "from18to24", 20, "from25", 40);
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", LocalDate.now().toString(),
                "type", "FOLLOW_UP", "announced", false, "workersPresent", Map.of("women", bands, "men", bands)))
                .body().get("inspection").get("id").getLongValue();
        long finding = 0;
        for (String indicator : List.of("RETENTION_OF_IDENTITY_DOCUMENTS", "DECEPTION", "ABUSIVE_WORKING_AND_LIVING_CONDITIONS",
                "WAGES_BREACH")) {
            Api.Response r = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", indicator,
                    "description", "Constaté lors de la visite", "evidenceSource", "WORKER_INTERVIEW", "workersAffected",
                    Map.of("women", Map.of("under18", 0, "from18to24", 2, "from25", 3), "men", Map.of("under18", 0, "from18to24", 1, "from25", 4))));
            assertEquals(201, r.status(), r::toString);
            finding = finding == 0 ? r.number("id") : finding;
        }
        assertEquals(201, api.post("/api/inspections/" + inspection + "/referrals", inspector, Map.of("people",
                Map.of("women", Map.of("under18", 0, "from18to24", 1, "from25", 0), "men", Map.of("under18", 0, "from18to24", 0, "from25", 1)),
                "nationality", "SN", "serviceId", shelter, "referredOn", LocalDate.now().toString())).status());
        assertEquals(200, api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of()).status());
        api.post("/api/findings/" + finding + "/corrective-actions", inspector, Map.of("description", "Rendre chaque passeport",
                "dueDate", LocalDate.now().plusDays(30).toString()));
        Api.Response list = new FeedFixture(api).importFile("entity-list", admin, "cbp.csv", "Entity, Country, Country Code,"
                + " Industry, Status, WRO/Finding, Remarks, Press Release, Effective Date\n\"Conserverie Atlantica de Safi SARL\","
                + "Morocco,MA,Seafood,Active,WRO,,,05/02/2024\n");
        assertEquals("SUCCEEDED", list.text("status"), list::toString);

        englishExplanation = api.get("/api/suppliers/" + supplier + "/risk", auditor).raw();
        frenchExplanation = api.get("/api/suppliers/" + supplier + "/risk?lang=fr", auditor).raw();
        frenchPdfs.put("supplier dossier", pdf("/api/suppliers/" + supplier + "/report.pdf?lang=fr", auditor));
        frenchPdfs.put("inspection report", pdf("/api/inspections/" + inspection + "/report.pdf?lang=fr", inspector));
        frenchPdfs.put("licence certificate", pdf("/api/licences/" + register.activeLicence() + "/certificate.pdf?lang=fr", licensing));
        frenchPdfs.put("register extract", pdf("/api/public/register.pdf?lang=fr", null));
        frenchPdfs.put("annual due-diligence report", pdf("/api/reports/due-diligence.pdf?year=" + Year.now() + "&lang=fr", auditor));

        // names in the data: this test's, the demo register's (agencies, authorities) and the entity list's
        dataWords.addAll(words(supplierName + " Usine du port Quai Safi Sardines Foyer d'accueil Marrakech Constaté lors de la"
                + " visite Rendre chaque passeport CBP WRO Conserverie Atlantica SARL Clearchain"));
        dataWords.addAll(words(api.getText("/api/public/agencies?size=200", "application/json").raw().replaceAll("\"[a-zA-Z]+\":", " ")));
        // the certificate prints the address its QR code opens, /verify/<number>: an address, not an English label
        dataWords.add("verify");
        dataWords.addAll(words(api.get("/api/agencies?size=200", licensing).raw().replaceAll("\"[a-zA-Z]+\":", " ")));
        dataWords.addAll(words(api.get("/api/suppliers?size=200", auditor).raw().replaceAll("\"[a-zA-Z]+\":", " ")));
        dataWords.addAll(words(api.get("/api/organisations", admin).raw().replaceAll("\"[a-zA-Z]+\":", " ")));
        dataWords.addAll(words(api.get("/api/licences/" + revoked, licensing).raw().replaceAll("\"[a-zA-Z]+\":", " ")));
    }

    private String pdf(String path, String token) {
        Api.Download pdf = api.download(path, token);
        assertEquals(200, pdf.status(), pdf::toString);
        return Pdfs.text(pdf.bytes());
    }

    @Test
    void noFrenchPdfPrintsAnEnumCode() {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        frenchPdfs.forEach((name, text) -> {
            List<String> found = new ArrayList<>();
            Matcher m = ENUM_CODE.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
            if (!found.isEmpty()) {
                codes.put(name, found);
            }
        });

        assertEquals(Map.of(), codes);
    }

    @Test
    void noFrenchPdfPrintsAnEnglishLabel() {
        // English words: the English labels and explanation that have no place in French text
        Set<String> english = new TreeSet<>(words(String.join(" ", bundle("report/messages.properties").values()) + " "
                + englishExplanation.replaceAll("\"[a-zA-Z]+\":", " ")));
        english.removeAll(words(String.join(" ", bundle("report/messages_fr.properties").values()) + " "
                + frenchExplanation.replaceAll("\"[a-zA-Z]+\":", " ")));
        english.removeAll(dataWords);
        english.removeIf(w -> w.length() < 3);

        Map<String, Set<String>> found = new LinkedHashMap<>();
        frenchPdfs.forEach((name, text) -> {
            Set<String> inText = new TreeSet<>(words(text));
            inText.retainAll(english);
            if (!inText.isEmpty()) {
                found.put(name, inText);
            }
        });

        assertTrue(english.size() > 100, "the English vocabulary checked against: " + english);
        assertEquals(Map.of(), found);
    }

    @Test
    void noWordIsCutAcrossTwoLinesOfATableCell() {
        Set<String> french = new HashSet<>(words(String.join(" ", bundle("report/messages_fr.properties").values()) + " "
                + frenchExplanation));
        french.addAll(dataWords);
        for (Month month : Month.values()) {
            french.addAll(words(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.FRENCH)
                    .format(LocalDate.of(2026, month, 1))));
        }
        Map<String, List<String>> cut = new LinkedHashMap<>();
        frenchPdfs.forEach((name, text) -> {
            List<String> found = new ArrayList<>();
            String[] lines = text.split("\\R");
            for (int i = 0; i + 1 < lines.length; i++) {
                String end = lastWord(lines[i]);
                String start = firstWord(lines[i + 1]);
                String joined = (end + start).toLowerCase(Locale.ROOT);
                if (!end.isEmpty() && !start.isEmpty() && french.contains(joined)
                        && !french.contains(end.toLowerCase(Locale.ROOT))) {
                    found.add(end + " | " + start);
                }
            }
            if (!found.isEmpty()) {
                cut.put(name, found);
            }
        });

        assertEquals(Map.of(), cut);
        assertTrue(frenchPdfs.get("supplier dossier").contains("Travailleurs"), "the header the cut was seen in");
    }

    private static String lastWord(String line) {
        Matcher m = Pattern.compile("(\\p{L}+)$").matcher(line.strip());
        return m.find() ? m.group(1) : "";
    }

    private static String firstWord(String line) {
        Matcher m = Pattern.compile("^(\\p{L}+)").matcher(line.strip());
        return m.find() ? m.group(1) : "";
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static Map<String, String> bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = FrenchPdfTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        // MessageFormat placeholders and choice patterns are not words of the text
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).replaceAll("\\{[^}]*}", " ")
                .replace("''", "'")));
        return values;
    }
}
