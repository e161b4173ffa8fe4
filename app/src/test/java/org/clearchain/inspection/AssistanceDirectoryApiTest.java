package org.clearchain.inspection;

import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspectorate's directory of assistance services, and referrals that may name their service only from it. */
class AssistanceDirectoryApiTest extends ApiTest {

    private String inspector;
    private String otherInspector;
    private String admin;
    private long site;

    @BeforeAll
    void setUp() {
        inspector = api.login("inspector");
        admin = api.login("admin");
        String auditor = api.login("auditor.a");
        AdminFixture admins = new AdminFixture(api, admin);
        long otherInspectorate = admins.organisation("Directory Test Inspectorate", "INSPECTORATE", "ES");
        admins.user("directory.inspector", "directory-inspector-pass", "INSPECTOR", otherInspectorate);
        otherInspector = api.login("directory.inspector", "directory-inspector-pass");
        long supplier = api.post("/api/suppliers", auditor, Map.of("name", "Directory Farm", "country", "ES",
                "sectors", List.of("0113"))).body().get("supplier").get("id").getLongValue();
        site = api.post("/api/suppliers/" + supplier + "/sites", auditor,
                Map.of("name", "Greenhouse 4", "country", "ES", "workers", 40)).number("id");
    }

    private long entry(String token, String name, String kind) {
        Api.Response r = api.post("/api/assistance-services", token, Map.of("name", name, "kind", kind, "country", "ES",
                "region", "Andalucía", "contact", "+34 950 00 00 00"));
        assertEquals(201, r.status(), r::toString);
        return r.number("id");
    }

    private long plan() {
        Map<String, Object> bands = Map.of("under18", 2, "from18to24", 5, "from25", 10);
        Api.Response r = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", LocalDate.now().toString(),
                "type", "ROUTINE", "announced", false, "workersPresent", Map.of("women", bands, "men", bands)));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("inspection").get("id").getLongValue();
    }

    private static Map<String, Object> referral(int children, Object serviceId) {
        Map<String, Object> body = new HashMap<>();
        body.put("people", Map.of("women", Map.of("under18", children, "from18to24", 1, "from25", 0),
                "men", Map.of("under18", 0, "from18to24", 0, "from25", 1)));
        body.put("nationality", "NP");
        body.put("referredOn", LocalDate.now().toString());
        if (serviceId != null) {
            body.put("serviceId", serviceId);
        }
        return body;
    }

    private long referralsOf(long inspection) {
        return count("SELECT COUNT(*) FROM referral WHERE inspection_id = " + inspection);
    }

    @Test
    void aServiceGivenAsTextIsRefusedWithTheDirectorysChoicesAndNothingIsStored() {
        long shelter = entry(inspector, "Casa Refugio Almería", "SHELTER");
        long inspection = plan();
        Map<String, Object> body = referral(0, null);
        body.put("serviceName", "Ram Bahadur Thapa, brother of the victim");

        Api.Response r = api.post("/api/inspections/" + inspection + "/referrals", inspector, body);

        assertEquals(400, r.status(), r::toString);
        assertEquals("serviceName", r.body().get("errors").get(0).get("field").getStringValue());
        String message = r.body().get("errors").get(0).get("message").getStringValue();
        assertTrue(message.contains("serviceId") && message.contains(shelter + " = Casa Refugio Almería"), message);
        assertEquals(0, referralsOf(inspection));
    }

    @Test
    void aMissingOrForeignServiceIdIsRefusedWithTheChoices() {
        long own = entry(inspector, "Centro de Atención Psicosocial", "PSYCHOSOCIAL");
        long foreign = entry(otherInspector, "Albergue de Otra Inspección", "SHELTER");
        long inspection = plan();

        Api.Response missing = api.post("/api/inspections/" + inspection + "/referrals", inspector, referral(0, null));
        Api.Response others = api.post("/api/inspections/" + inspection + "/referrals", inspector, referral(0, foreign));

        for (Api.Response r : List.of(missing, others)) {
            assertEquals(400, r.status(), r::toString);
            assertEquals("serviceId", r.body().get("errors").get(0).get("field").getStringValue());
            assertTrue(r.raw().contains(own + " = Centro de Atención Psicosocial"), r::toString);
            assertFalse(r.raw().contains("Albergue de Otra"), "another inspectorate's directory stays unseen: " + r);
        }
        assertEquals(0, referralsOf(inspection));
    }

    @Test
    void aReferralNamesItsDirectoryEntryAndShowsItsKindAndName() {
        long legal = entry(inspector, "Servicio de Orientación Jurídica", "LEGAL_AID");
        long inspection = plan();

        Api.Response r = api.post("/api/inspections/" + inspection + "/referrals", inspector, referral(0, legal));

        assertEquals(201, r.status(), r::toString);
        assertEquals(legal, r.number("serviceId"));
        assertEquals("LEGAL_AID", r.text("service"));
        assertEquals("Servicio de Orientación Jurídica", r.text("serviceName"));
        Api.Response seen = api.get("/api/inspections/" + inspection, inspector);
        assertEquals("Servicio de Orientación Jurídica", seen.body().get("referrals").get(0).get("serviceName").getStringValue());
    }

    @Test
    void aChildReferralNeedsAChildProtectionServiceFromTheDirectory() {
        long shelter = entry(inspector, "Albergue Municipal", "SHELTER");
        long childProtection = entry(inspector, "Servicio de Protección de Menores de Almería", "CHILD_PROTECTION");
        long inspection = plan();
        Map<String, Object> child = referral(1, shelter);

        Api.Response noGuardian = api.post("/api/inspections/" + inspection + "/referrals", inspector, child);
        child.put("guardianServiceId", shelter);
        Api.Response notChildProtection = api.post("/api/inspections/" + inspection + "/referrals", inspector, child);
        child.put("guardianServiceId", childProtection);
        Api.Response ok = api.post("/api/inspections/" + inspection + "/referrals", inspector, child);

        assertEquals("guardianServiceId", noGuardian.body().get("errors").get(0).get("field").getStringValue(), noGuardian::toString);
        assertEquals(400, notChildProtection.status(), notChildProtection::toString);
        assertTrue(notChildProtection.raw().contains(childProtection + " = Servicio de Protección"), notChildProtection::toString);
        assertEquals(201, ok.status(), ok::toString);
        assertTrue(ok.body().get("urgent").getBooleanValue());
        assertEquals("Servicio de Protección de Menores de Almería", ok.text("guardianServiceName"));
    }

    @Test
    void anInspectorCorrectsWithAReasonAndEndsAnEntryWhichReferralsThenCannotChoose() {
        long id = entry(inspector, "Centro Médico Poniente", "MEDICAL");
        Map<String, Object> corrected = new HashMap<>(Map.of("name", "Centro de Salud El Ejido", "kind", "MEDICAL",
                "country", "ES", "region", "Almería"));

        Api.Response noReason = api.put("/api/assistance-services/" + id, inspector, corrected);
        corrected.put("reason", "The centre was renamed in March");
        Api.Response fixed = api.put("/api/assistance-services/" + id, inspector, corrected);
        Api.Response byOther = api.put("/api/assistance-services/" + id, otherInspector, corrected);
        Api.Response noEndReason = api.post("/api/assistance-services/" + id + "/end", inspector, Map.of());
        Api.Response ended = api.post("/api/assistance-services/" + id + "/end", inspector, Map.of("reason", "Closed for good"));
        Api.Response again = api.post("/api/assistance-services/" + id + "/end", inspector, Map.of("reason", "twice"));
        Api.Response refer = api.post("/api/inspections/" + plan() + "/referrals", inspector, referral(0, id));

        assertEquals("reason", noReason.body().get("errors").get(0).get("field").getStringValue(), noReason::toString);
        assertEquals(200, fixed.status(), fixed::toString);
        assertEquals("Centro de Salud El Ejido", fixed.text("name"));
        assertEquals(404, byOther.status());
        assertEquals(400, noEndReason.status());
        assertEquals(LocalDate.now().toString(), ended.text("endedOn"));
        assertEquals(409, again.status());
        assertEquals(400, refer.status(), refer::toString);
        assertFalse(idsIn(api.get("/api/assistance-services", inspector)).contains(id), "an ended entry is not offered");
        assertTrue(idsIn(api.get("/api/assistance-services?includeEnded=true", inspector)).contains(id));
        assertTrue(idsIn(api.get("/api/assistance-services?includeEnded=true", admin)).contains(id), "the admin reads every directory");
        assertEquals(404, api.get("/api/assistance-services/" + id, otherInspector).status());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'assistance-service.correct' AND entity_id = '" + id
                + "' AND after_summary LIKE '%renamed in March%' AND before_summary LIKE '%Centro Médico Poniente%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'assistance-service.end' AND entity_id = '" + id
                + "' AND after_summary LIKE '%Closed for good%'"));
    }

    @Test
    void aReferralMadeBeforeTheDirectoryShowsItsOldTextAsLegacy() {
        long inspection = plan();
        execute("INSERT INTO referral (inspection_id, inspectorate_id, women_under18, women18_to24, women25_and_over, men_under18,"
                + " men18_to24, men25_and_over, nationality, service, legacy_service_name, urgent, referred_on, referred_by, created_at)"
                + " SELECT id, inspectorate_id, 0, 1, 0, 0, 0, 0, 'NP', 'SHELTER', 'Regional shelter', FALSE, CURDATE(), 'inspector',"
                + " NOW(6) FROM inspection WHERE id = " + inspection);

        Api.Response seen = api.get("/api/inspections/" + inspection, inspector);

        var referral = seen.body().get("referrals").get(0);
        assertEquals("Regional shelter", referral.get("legacyServiceName").getStringValue(), seen::toString);
        assertTrue(referral.get("serviceId").isNull());
        assertEquals("SHELTER", referral.get("service").getStringValue());
    }

    private static List<Long> idsIn(Api.Response list) {
        List<Long> ids = new java.util.ArrayList<>();
        list.body().values().forEach(e -> ids.add(e.get("id").getLongValue()));
        return ids;
    }
}
