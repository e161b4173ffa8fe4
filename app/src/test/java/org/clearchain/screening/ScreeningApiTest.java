package org.clearchain.screening;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screening end to end: lists uploaded through the entity-list feed, hits raised on suppliers and agencies,
 * decisions by whom and how often, and a confirmed forced-labour hit turning a supplier Critical (floor R2).
 */
class ScreeningApiTest extends ApiTest {

    private static final String CBP_HEADER = "Entity, Country, Country Code, Industry, Status, WRO/Finding, Remarks,"
            + " Press Release, Effective Date\n";

    private String admin;
    private String auditor;
    private FeedFixture feeds;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.feeds.inbox", temp("inbox").toString(), "clearchain.feeds.uploads", temp("uploads").toString());
    }

    @BeforeAll
    void logIn() {
        admin = api.login("admin");
        auditor = api.login("auditor.a");
        feeds = new FeedFixture(api);
    }

    private long supplier(String name, String country) {
        Api.Response r = api.post("/api/suppliers", auditor, Map.of("name", name, "country", country, "sectors", List.of("2219"),
                "allowDuplicate", true));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("supplier").get("id").getLongValue();
    }

    private Api.Response importList(String fileName, String content) {
        Api.Response job = feeds.importFile("entity-list", admin, fileName, content);
        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        return job;
    }

    private List<JsonNode> hits(String token, String query) {
        Api.Response r = api.get("/api/screening/hits?size=200" + query, token);
        assertEquals(200, r.status(), r::toString);
        List<JsonNode> items = new ArrayList<>();
        r.body().get("items").values().forEach(items::add);
        return items;
    }

    private List<JsonNode> openHitsOf(long supplier) {
        return hits(admin, "&status=OPEN&subjectType=SUPPLIER&subjectId=" + supplier);
    }

    private JsonNode risk(long supplier) {
        Api.Response r = api.get("/api/suppliers/" + supplier + "/risk", auditor);
        assertEquals(200, r.status(), r::toString);
        return r.body();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.getStringValue()));
        return values;
    }

    private static List<String> floors(JsonNode risk) {
        List<String> rules = new ArrayList<>();
        risk.get("floors").values().forEach(f -> rules.add(f.get("rule").getStringValue()));
        return rules;
    }

    @Test
    void theSupplierDossierListsItsHitsInBothLanguages() {
        long supplier = supplier("Ngoc Minh Seafood Processing Co., Ltd", "VN");
        importList("cbp-dossier.csv", CBP_HEADER
                + "\"Ngoc Minh Seafood Processing Company Limited\",Vietnam,VN,Seafood,Active,WRO,,,05/02/2024\n");

        Api.Download english = api.download("/api/suppliers/" + supplier + "/report.pdf", auditor);
        Api.Download french = api.download("/api/suppliers/" + supplier + "/report.pdf?lang=fr", auditor);

        String en = org.clearchain.report.Pdfs.text(english.bytes()).replaceAll("\\s+", " ");
        String fr = org.clearchain.report.Pdfs.text(french.bytes()).replaceAll("\\s+", " ");
        assertTrue(en.contains("Screening against entity lists"), en);
        assertTrue(en.contains("CBP-WRO — forced labour"), en);
        assertTrue(en.contains("Ngoc Minh Seafood Processing Company Limited"), en);
        assertTrue(en.contains("Open, awaiting review"), en);
        assertTrue(fr.contains("Filtrage sur les listes d’entités"), fr);
        assertTrue(fr.contains("CBP-WRO — travail forcé"), fr);
    }

    @Test
    void anUploadedCbpListRaisesAnOpenHitOnAMatchingSupplier() {
        long gloves = supplier("Golden Lotus Glove Sdn Bhd", "MY");
        long other = supplier("Carpathian Knitwear Cooperative", "RO");

        Api.Response job = importList("cbp.csv", CBP_HEADER
                + "\"Golden Lotus Gloves Sdn. Bhd.\",Malaysia,MY,Disposable gloves,Active,Finding,Debt bondage,,03/29/2021\n"
                + "\"Hetian Sunrise Apparel Co., Ltd.\",China,CN,Apparel,Active,WRO,,,09/14/2020\n");

        assertEquals(2, job.body().get("counts").get("created").getLongValue());
        List<JsonNode> hits = openHitsOf(gloves);
        assertEquals(1, hits.size());
        JsonNode hit = hits.get(0);
        assertEquals("CBP-WRO", hit.get("entry").get("list").getStringValue());
        assertTrue(hit.get("entry").get("forcedLabour").getBooleanValue());
        assertEquals("Golden Lotus Gloves Sdn. Bhd.", hit.get("matchedName").getStringValue());
        assertTrue(hit.get("score").getDoubleValue() >= 0.9);
        assertTrue(strings(hit.get("reasons")).contains("country MY agrees"), () -> strings(hit.get("reasons")).toString());
        assertEquals(List.of(), openHitsOf(other));
        assertEquals(1, hits(auditor, "&status=OPEN&subjectId=" + gloves).size(), "the auditor sees its supplier's hit");
        assertEquals(0, hits(api.login("auditor.b"), "&status=OPEN").size(), "another buyer sees none");
    }

    @Test
    void aDismissedHitIsNotRaisedAgainUntilItsEntryChanges() {
        long supplier = supplier("Mekong Brick Kiln Enterprise Co Ltd", "KH");
        String row = "Mekong Brick Kiln Enterprise,Cambodia,KH,Bricks,Active,WRO,Debt bondage,,02/02/2022\n";
        importList("cbp-v1.csv", CBP_HEADER + row);
        long hit = openHitsOf(supplier).get(0).get("id").getLongValue();

        Api.Response noReason = api.post("/api/screening/hits/" + hit + "/dismiss", auditor, Map.of());
        Api.Response dismissed = api.post("/api/screening/hits/" + hit + "/dismiss", auditor,
                Map.of("reason", "Another kiln: registered 2023 in Kampot, different owners"));
        Api.Response again = api.post("/api/screening/hits/" + hit + "/confirm", admin, Map.of());

        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals(200, dismissed.status(), dismissed::toString);
        assertEquals("DISMISSED", dismissed.text("status"));
        assertEquals("auditor.a", dismissed.body().get("decision").get("by").getStringValue());
        assertEquals(409, again.status(), again::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'screening.dismiss' AND entity_id = '" + hit + "'"));

        Api.Response sameList = importList("cbp-v1-again.csv", CBP_HEADER + row + "\n");
        assertEquals(1, sameList.body().get("counts").get("unchanged").getLongValue(), sameList::toString);
        assertEquals(List.of(), openHitsOf(supplier), "a dismissal holds while the entry is the same");

        importList("cbp-v2.csv", CBP_HEADER + row.replace(",WRO,", ",Finding,"));
        List<JsonNode> raisedAgain = openHitsOf(supplier);
        assertEquals(1, raisedAgain.size(), "the entry changed: the pair is for review again");
        assertNotEquals(hit, raisedAgain.get(0).get("id").getLongValue());
        assertNotEquals(dismissed.text("entryHash"), raisedAgain.get(0).get("entryHash").getStringValue());
    }

    @Test
    void confirmingACbpHitMakesTheSupplierCriticalWithFloorR2AndDismissingDoesNot() {
        long confirmed = supplier("Pacific Star Fisheries Co., Ltd.", "TW");
        long dismissed = supplier("Pacific Star Fisheries Ltd", "TW");
        importList("cbp-fish.csv", CBP_HEADER + "\"Pacific Star Fisheries Co., Ltd.\",Taiwan,TW,Seafood,Active,WRO,"
                + "Withholding of wages,,05/28/2021\n");
        long toConfirm = openHitsOf(confirmed).get(0).get("id").getLongValue();
        long toDismiss = openHitsOf(dismissed).get(0).get("id").getLongValue();
        assertNotEquals("CRITICAL", risk(confirmed).get("band").getStringValue());

        Api.Response yes = api.post("/api/screening/hits/" + toConfirm + "/confirm", auditor,
                Map.of("reason", "Same company registration and address as the WRO"));
        Api.Response no = api.post("/api/screening/hits/" + toDismiss + "/dismiss", auditor, Map.of("reason", "A namesake in Kaohsiung"));

        assertEquals(200, yes.status(), yes::toString);
        assertEquals(200, no.status(), no::toString);
        JsonNode critical = risk(confirmed);
        assertEquals("CRITICAL", critical.get("band").getStringValue());
        assertTrue(floors(critical).contains("R2"), () -> floors(critical).toString());
        assertTrue(critical.get("floors").get(0).get("reason").getStringValue().endsWith("entity list CBP-WRO"),
                () -> critical.get("floors").get(0).get("reason").getStringValue());
        JsonNode notCritical = risk(dismissed);
        assertNotEquals("CRITICAL", notCritical.get("band").getStringValue());
        assertEquals(List.of(), floors(notCritical));
    }

    @Test
    void anEntryLeavingItsListLiftsTheFloorButKeepsTheDecision() {
        long supplier = supplier("Xinjiang Dawn Cotton Textile Co., Ltd.", "CN");
        String dawn = "{\"id\": \"t-fl-1\", \"schema\": \"Company\", \"datasets\": [\"test_forced_labour\"], \"properties\":"
                + " {\"name\": [\"Xinjiang Dawn Cotton Textile Co., Ltd.\"], \"country\": [\"cn\"]}}\n";
        String other = "{\"id\": \"t-fl-2\", \"schema\": \"Company\", \"datasets\": [\"test_forced_labour\"], \"properties\":"
                + " {\"name\": [\"Aksu Bright Polysilicon Ltd\"], \"country\": [\"cn\"]}}\n";
        importList("fl-1.ijson", dawn + other);
        long hit = openHitsOf(supplier).get(0).get("id").getLongValue();
        api.post("/api/screening/hits/" + hit + "/confirm", admin, Map.of());
        assertTrue(floors(risk(supplier)).contains("R2"));

        importList("fl-2.ijson", other);

        assertEquals(1, count("SELECT COUNT(*) FROM entity_list_entry WHERE entry_key = 't-fl-1' AND removed_at IS NOT NULL"));
        assertEquals(List.of(), floors(risk(supplier)), "delisted: no longer on a forced-labour list");
        JsonNode kept = api.get("/api/screening/hits/" + hit, admin).body();
        assertEquals("CONFIRMED", kept.get("status").getStringValue());
        assertTrue(!kept.get("entry").get("removedAt").isNull(), "the entry shows it left the list");
    }

    @Test
    void anAgencyIsScreenedWhenRegisteredAndOnlyItsAuthoritySeesTheHit() {
        importList("un.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST>
                  <ENTITIES>
                    <ENTITY>
                      <FIRST_NAME>KORYO OVERSEAS LABOUR COMPANY</FIRST_NAME>
                      <REFERENCE_NUMBER>KPe.901</REFERENCE_NUMBER>
                      <ENTITY_ALIAS><ALIAS_NAME>Koryo Labour Export Bureau</ALIAS_NAME></ENTITY_ALIAS>
                    </ENTITY>
                  </ENTITIES>
                </CONSOLIDATED_LIST>
                """);
        String officer = api.login("licensing");
        long agency = new RegisterFixture(api, officer).agency("Koryo Labour Export Bureau");

        List<JsonNode> seen = hits(officer, "&subjectType=AGENCY&subjectId=" + agency);
        assertEquals(1, seen.size());
        assertEquals("UN-SC", seen.get(0).get("entry").get("list").getStringValue());
        assertTrue(!seen.get(0).get("entry").get("forcedLabour").getBooleanValue(), "a sanctions list");
        assertEquals(0, hits(auditor, "&subjectType=AGENCY").size());
        long hit = seen.get(0).get("id").getLongValue();
        Api.Response byInspector = api.post("/api/screening/hits/" + hit + "/confirm", api.login("inspector"), Map.of());
        assertEquals(403, byInspector.status(), byInspector::toString);
        assertEquals(404, api.post("/api/screening/hits/" + hit + "/confirm", auditor, Map.of()).status());
        assertEquals(200, api.post("/api/screening/hits/" + hit + "/confirm", officer, Map.of()).status());
    }

    @Test
    void anSdnFileInLatin1KeepsItsAccentsAndItsAliasesMatch() {
        long supplier = supplier("Confecciones Pacifico S.A.", "MX");
        String sdn = "10003,\"TEXTILES DEL PACÍFICO S.A. DE C.V.\",\"-0- \",\"SDNTK\",\"-0- \",\"-0- \",\"-0- \",\"-0- \","
                + "\"-0- \",\"-0- \",\"-0- \",\"a.k.a. 'TEXPAC'; f.k.a. 'CONFECCIONES PACÍFICO'; R.F.C. TPA990101AB1 (Mexico).\"\r\n\u001a";

        Api.Response job = feeds.importFile("entity-list", admin, "sdn.csv", sdn.getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        JsonNode hit = openHitsOf(supplier).get(0);
        assertEquals("OFAC-SDN", hit.get("entry").get("list").getStringValue());
        assertEquals("TEXTILES DEL PACÍFICO S.A. DE C.V.", hit.get("entry").get("name").getStringValue());
        assertEquals("CONFECCIONES PACÍFICO", hit.get("matchedName").getStringValue());
        assertEquals(List.of("MX"), strings(hit.get("entry").get("countries")));
    }

    @Test
    void onlyTheAdminSendsEntityLists() {
        Api.Response r = api.upload("api/feeds/entity-list/uploads", auditor, "cbp.csv", CBP_HEADER.getBytes());

        assertEquals(403, r.status(), r::toString);
    }

    private static Path temp(String prefix) {
        try {
            return Files.createTempDirectory("clearchain-" + prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
