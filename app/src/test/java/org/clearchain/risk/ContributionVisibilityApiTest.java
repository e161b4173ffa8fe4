package org.clearchain.risk;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.report.Pdfs;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A risk explanation shows each contribution's source only to readers who may read that source: another
 * inspectorate's finding and a declaration made to another buyer keep their rule and points, and nothing else, in the
 * API and in the dossier PDF alike; the score is the same for every reader.
 */
class ContributionVisibilityApiTest extends ApiTest {

    private String auditorA;
    private String auditorB;
    private String supplierUser;
    private String inspector;
    private String otherInspector;
    private String admin;
    private long supplierOrganisation;

    @BeforeAll
    void logIn() {
        auditorA = api.login("auditor.a");
        auditorB = api.login("auditor.b");
        supplierUser = api.login("supplier.a");
        inspector = api.login("inspector");
        admin = api.login("admin");
        AdminFixture admins = new AdminFixture(api, admin);
        supplierOrganisation = admins.organisationNamed("Supplier A (demo)");
        long secondInspectorate = admins.organisation("Coastal Inspectorate", "INSPECTORATE", "FR");
        admins.user("inspector.coast", "coastal-inspector-pass", "INSPECTOR", secondInspectorate);
        otherInspector = api.login("inspector.coast", "coastal-inspector-pass");
    }

    /** A supplier of employer A with one site, which the demo inspectorate inspected and found forced labour at. */
    private record Inspected(long supplier, long site, long inspection) {
    }

    private Inspected inspectedSupplier(String name) {
        long supplier = api.post("/api/suppliers", auditorA, Map.of("name", name, "country", "BD", "sectors", List.of("1410")))
                .body().get("supplier").get("id").getLongValue();
        long site = api.post("/api/suppliers/" + supplier + "/sites", auditorA, Map.of("name", "Main mill", "country", "BD"))
                .number("id");
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate",
                LocalDate.now().minusDays(3).toString(), "type", "ROUTINE", "announced", false, "workersPresent",
                headcount(10))).body().get("inspection").get("id").getLongValue();
        for (String indicator : List.of("EXCESSIVE_OVERTIME", "DEBT_BONDAGE")) {
            Api.Response finding = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator",
                    indicator, "description", "Seen at the mill", "evidenceSource", "WORKER_INTERVIEW", "workersAffected",
                    headcount(2)));
            assertEquals(201, finding.status(), finding::toString);
        }
        assertEquals(200, api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of()).status());
        return new Inspected(supplier, site, inspection);
    }

    private Api.Response risk(long supplier, String token) {
        Api.Response r = api.get("/api/suppliers/" + supplier + "/risk", token);
        assertEquals(200, r.status(), r::toString);
        return r;
    }

    private static List<JsonNode> contributions(Api.Response risk, String rule) {
        List<JsonNode> found = new ArrayList<>();
        risk.body().get("contributions").values().forEach(c -> {
            if (c.get("rule").getStringValue().equals(rule)) {
                found.add(c);
            }
        });
        return found;
    }

    private String dossier(long supplier, String token) {
        Api.Download pdf = api.download("/api/suppliers/" + supplier + "/report.pdf?lang=en", token);
        assertEquals(200, pdf.status(), pdf::toString);
        return Pdfs.text(pdf.bytes()).replaceAll("\\s+", " ");
    }

    @Test
    void anotherInspectoratesFindingIsWithheldFromASecondInspectorateWithTheSameScore() {
        Inspected x = inspectedSupplier("Withheld Finding Mill");

        Api.Response own = risk(x.supplier(), inspector);
        Api.Response other = risk(x.supplier(), otherInspector);

        assertEquals(own.body().get("score").getDoubleValue(), other.body().get("score").getDoubleValue());
        assertEquals("CRITICAL", other.text("band"), "R1 holds for every reader");
        assertEquals(404, api.get("/api/inspections/" + x.inspection(), otherInspector).status(),
                "the second inspectorate may not read the inspection itself");
        List<JsonNode> hidden = contributions(other, "E.finding");
        List<JsonNode> shown = contributions(own, "E.finding");
        assertEquals(2, hidden.size(), other::toString);
        for (int i = 0; i < hidden.size(); i++) {
            assertEquals("a finding of another inspectorate", hidden.get(i).get("factor").getStringValue());
            assertEquals("withheld", hidden.get(i).get("source").getStringValue());
            assertEquals(shown.get(i).get("points").getDoubleValue(), hidden.get(i).get("points").getDoubleValue());
        }
        String seenByOther = other.raw();
        assertFalse(seenByOther.contains("EXCESSIVE_OVERTIME"), seenByOther);
        assertFalse(seenByOther.contains("DEBT_BONDAGE"), seenByOther);
        assertFalse(seenByOther.contains("inspection " + x.inspection()), seenByOther);
        assertFalse(seenByOther.contains("site " + x.site()), seenByOther);
        assertFalse(seenByOther.contains("\"INSPECTION\""), "no source records: " + seenByOther);
        assertTrue(other.body().get("floors").size() > 0, seenByOther);
        for (JsonNode floor : other.body().get("floors").values()) {
            assertEquals("a finding of another inspectorate (source withheld)", floor.get("reason").getStringValue());
        }
    }

    @Test
    void theOwningInspectorateSeesItsFindingInFull() {
        Inspected x = inspectedSupplier("Shown Finding Mill");

        Api.Response own = risk(x.supplier(), inspector);

        String text = own.raw();
        assertTrue(text.contains("EXCESSIVE_OVERTIME (involuntariness)"), text);
        assertTrue(text.contains("inspection " + x.inspection() + " at site " + x.site()), text);
        JsonNode records = contributions(own, "E.finding").get(0).get("sourceRecords");
        assertEquals("INSPECTION", records.get(0).get("kind").getStringValue());
        assertEquals(String.valueOf(x.inspection()), records.get(0).get("id").getStringValue());
        assertTrue(own.body().get("floors").get(0).get("reason").getStringValue().contains("site " + x.site()), text);
        assertEquals(own.body().get("score").getDoubleValue(), risk(x.supplier(), auditorA).body().get("score").getDoubleValue());
        assertTrue(risk(x.supplier(), auditorA).raw().contains("EXCESSIVE_OVERTIME"),
                "the buyer may read the inspections of its supplier, so it reads the finding");
    }

    @Test
    void historyAndChangesNameTheInspectionOnlyToThoseWhoMayReadIt() {
        Inspected x = inspectedSupplier("History Finding Mill");

        Api.Response otherHistory = api.get("/api/suppliers/" + x.supplier() + "/risk/history", otherInspector);
        Api.Response ownHistory = api.get("/api/suppliers/" + x.supplier() + "/risk/history", inspector);
        Api.Response otherChanges = api.get("/api/suppliers/" + x.supplier() + "/risk/changes", otherInspector);
        Api.Response ownChanges = api.get("/api/suppliers/" + x.supplier() + "/risk/changes", inspector);

        assertEquals("an inspection completed", otherHistory.body().get(0).get("reason").getStringValue(), otherHistory::toString);
        assertEquals("inspection " + x.inspection() + " completed", ownHistory.body().get(0).get("reason").getStringValue());
        assertEquals(200, otherChanges.status(), otherChanges::toString);
        assertFalse(otherChanges.raw().contains("EXCESSIVE_OVERTIME"), otherChanges::toString);
        assertTrue(otherChanges.raw().contains("a finding of another inspectorate"), otherChanges::toString);
        assertEquals(ownChanges.body().get("changes").size(), otherChanges.body().get("changes").size());
        assertTrue(ownChanges.raw().contains("EXCESSIVE_OVERTIME"), ownChanges::toString);
    }

    @Test
    void theDossierPdfWithholdsAnotherInspectoratesFindingAndShowsItToItsOwn() {
        Inspected x = inspectedSupplier("Dossier Finding Mill");

        String other = dossier(x.supplier(), otherInspector);
        String own = dossier(x.supplier(), inspector);

        assertTrue(other.contains("a finding of another inspectorate"), other);
        assertFalse(other.contains("EXCESSIVE_OVERTIME"), other);
        assertFalse(other.contains("DEBT_BONDAGE"), other);
        assertFalse(other.contains("inspection " + x.inspection() + " at site"), other);
        assertTrue(own.contains("EXCESSIVE_OVERTIME"), own);
        assertTrue(own.contains("inspection " + x.inspection() + " at site " + x.site()), own);
        String score = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH)
                .format(risk(x.supplier(), inspector).body().get("score").getDoubleValue()) + " / 100";
        assertTrue(other.contains(score) && own.contains(score), "the same score " + score + " in both");
    }

    /** Supplier A's organisation answers employer A; employer B shares the supplier by consent. */
    private long declaredToA(String name) {
        long supplier = api.post("/api/suppliers", auditorA, Map.of("name", name, "country", "RO", "sectors", List.of("1410")))
                .body().get("supplier").get("id").getLongValue();
        org.clearchain.testing.Onboarding.join(api, api.login("admin"), supplier, supplierOrganisation);
        long ask = api.post("/api/link-requests", auditorB, Map.of("name", name, "country", "RO")).number("id");
        assertEquals(200, api.post("/api/link-requests/" + ask + "/accept", supplierUser, Map.of()).status());
        long request = api.post("/api/suppliers/" + supplier + "/declaration-requests", auditorA,
                Map.of("dueDate", LocalDate.now().plusDays(20).toString())).number("id");
        Map<String, Object> answers = example();
        answers.put("recruitmentFees", Map.of("chargedToWorkers", true, "reimbursed", "NO", "employerPaysPolicy", false));
        Api.Response submitted = api.post("/api/declaration-requests/" + request + "/declaration", supplierUser,
                Map.of("answers", answers, "attestation", Map.of("name", "Ion Pop", "role", "Director",
                        "date", LocalDate.now().toString())));
        assertEquals(201, submitted.status(), submitted::toString);
        return supplier;
    }

    @Test
    void aDeclarationMadeToOneBuyerIsWithheldFromAnotherBuyersViewOfTheSameSupplier() {
        long supplier = declaredToA("Declared Knitting SRL");

        Api.Response seenByA = risk(supplier, auditorA);
        Api.Response seenByB = risk(supplier, auditorB);

        assertEquals(seenByA.body().get("score").getDoubleValue(), seenByB.body().get("score").getDoubleValue());
        assertEquals(seenByA.body().get("declaration").getDoubleValue(), seenByB.body().get("declaration").getDoubleValue());
        JsonNode full = contributions(seenByA, "D.no-employer-pays").get(0);
        JsonNode hidden = contributions(seenByB, "D.no-employer-pays").get(0);
        assertEquals("no employer-pays policy declared", full.get("factor").getStringValue());
        assertEquals("DECLARATION", full.get("sourceRecords").get(0).get("kind").getStringValue());
        assertEquals("a declaration made to another buyer", hidden.get("factor").getStringValue());
        assertEquals("withheld", hidden.get("source").getStringValue());
        assertEquals("withheld", hidden.get("rawValue").getStringValue());
        assertEquals(full.get("points").getDoubleValue(), hidden.get("points").getDoubleValue());
        assertFalse(seenByB.raw().contains("employer pays: no"), seenByB::toString);
        assertFalse(seenByB.raw().contains("declaration of "), seenByB::toString);
        assertFalse(seenByB.raw().contains("\"DECLARATION\""), seenByB::toString);
        assertEquals(0, api.get("/api/suppliers/" + supplier + "/declarations", auditorB).body().size(),
                "B may not read the declaration itself either");
        assertEquals("no employer-pays policy declared",
                contributions(risk(supplier, supplierUser), "D.no-employer-pays").get(0).get("factor").getStringValue(),
                "the supplier's own users read their declarations");
        assertEquals("a declaration made to a buyer",
                contributions(risk(supplier, inspector), "D.no-employer-pays").get(0).get("factor").getStringValue());
    }

    @Test
    void theDossierPdfAndHistoryOfAnotherBuyerWithholdTheDeclaration() {
        long supplier = declaredToA("Declared Dossier SRL");

        String seenByB = dossier(supplier, auditorB);
        String seenByA = dossier(supplier, auditorA);
        Api.Response historyOfB = api.get("/api/suppliers/" + supplier + "/risk/history", auditorB);

        assertTrue(seenByB.contains("a declaration made to another buyer"), seenByB);
        assertFalse(seenByB.contains("no employer-pays policy declared"), seenByB);
        assertTrue(seenByA.contains("no employer-pays policy declared"), seenByA);
        assertEquals("a declaration submitted", historyOfB.body().get(0).get("reason").getStringValue(), historyOfB::toString);
        assertTrue(api.get("/api/suppliers/" + supplier + "/risk/history", auditorA).body().get(0).get("reason")
                .getStringValue().matches("declaration \\d+ submitted"));
    }

    @Test
    void anAgencysRiskWithholdsFindingsTheReaderMayNotRead() {
        String licence = new org.clearchain.testing.RegisterFixture(api, api.login("licensing")).activeLicence();
        long agency = api.get("/api/licences/" + licence, auditorA).number("agencyId");
        Inspected x = inspectedSupplier("Agency Finding Mill");
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", x.site(), "visitDate",
                LocalDate.now().minusDays(1).toString(), "type", "FOLLOW_UP", "announced", false, "workersPresent",
                headcount(10))).body().get("inspection").get("id").getLongValue();
        api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "DECEPTION",
                "description", "Promised wages not paid", "evidenceSource", "WORKER_INTERVIEW", "agencyId", agency,
                "workersAffected", headcount(1)));
        api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());

        Api.Response own = api.get("/api/agencies/" + agency + "/risk", inspector);
        Api.Response other = api.get("/api/agencies/" + agency + "/risk", otherInspector);
        Api.Response unlinkedBuyer = api.get("/api/agencies/" + agency + "/risk", auditorB);

        assertEquals(own.body().get("score").getDoubleValue(), other.body().get("score").getDoubleValue());
        assertTrue(own.raw().contains("inspection " + inspection), own::toString);
        assertTrue(own.raw().contains("DECEPTION"), own::toString);
        for (Api.Response hidden : List.of(other, unlinkedBuyer)) {
            assertEquals(200, hidden.status(), hidden::toString);
            assertFalse(hidden.raw().contains("inspection " + inspection), hidden::toString);
            assertFalse(hidden.raw().contains("DECEPTION"), hidden::toString);
            assertTrue(hidden.raw().contains("a finding of"), hidden::toString);
        }
    }

    /** A snapshot stored before contributions kept their records: its sourced lines are shown to the admin only. */
    @Test
    void aSnapshotStoredBeforeSourceRecordsWithholdsItsSourcedLinesFromAllButTheAdmin() throws Exception {
        long id = api.post("/api/suppliers", auditorA, Map.of("name", "Legacy Snapshot Mill", "country", "BD"))
                .body().get("supplier").get("id").getLongValue();
        try (var c = database.connect(); var s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO risk_snapshot (supplier_id, score, band, methodology_version, fingerprint, assessment, reason,
                                               computed_at)
                    SELECT supplier_id, 6.0, 'LOW', methodology_version, 'written before source records',
                           '{"contributions":[{"rule":"E.finding","factor":"EXCESSIVE_OVERTIME (involuntariness)",\
                    "source":"inspection 77 at site 88 (INSPECTORATE)","edition":"v1","rawValue":"weight 6","points":6.0,\
                    "asOf":"2026-01-05"}],"supplierId":"%d","asOf":"2026-01-05",\
                    "methodologyVersion":"clearchain-risk-1.0","score":6.0,"band":"LOW","scoreBeforeFloors":6.0,"inherent":0.0,\
                    "evidence":6.0,"agencies":0.0,"declaration":0.0,"floors":[],"highRiskSectors":[],\
                    "lowConfidenceReasons":[],"editionsUsed":[]}', 'before source records', NOW(6)
                    FROM risk_snapshot WHERE supplier_id = %d ORDER BY id DESC LIMIT 1""".formatted(id, id));
        }

        Api.Response seenByAuditor = risk(id, auditorA);
        Api.Response seenByAdmin = risk(id, admin);

        assertEquals(6.0, seenByAuditor.body().get("score").getDoubleValue());
        assertEquals("withheld", contributions(seenByAuditor, "E.finding").get(0).get("source").getStringValue());
        assertFalse(seenByAuditor.raw().contains("inspection 77"), seenByAuditor::toString);
        assertFalse(seenByAuditor.raw().contains("EXCESSIVE_OVERTIME"), seenByAuditor::toString);
        assertEquals("inspection 77 at site 88 (INSPECTORATE)",
                contributions(seenByAdmin, "E.finding").get(0).get("source").getStringValue());
    }

    private Map<String, Object> example() {
        try (var in = getClass().getClassLoader().getResourceAsStream("json/questionnaire/v1.example.json")) {
            return new HashMap<>(json.readValue(in.readAllBytes(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> headcount(int each) {
        return Map.of("women", Map.of("under18", 0, "from18to24", each, "from25", each),
                "men", Map.of("under18", 0, "from18to24", each, "from25", each));
    }
}
