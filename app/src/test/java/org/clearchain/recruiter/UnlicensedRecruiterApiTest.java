package org.clearchain.recruiter;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.clearchain.testing.Problems.assertBadField;
import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: the recruiter with no licence can be named — by a complaint, a supplier's agency use or a declaration —
 * and its names gather into one record that licensing officers review, merge and link to a registered agency.
 */
class UnlicensedRecruiterApiTest extends ApiTest {

    private String officer;
    private String auditor;
    private RegisterFixture register;

    @BeforeAll
    void logIn() {
        officer = api.login("licensing");
        auditor = api.login("auditor.a");
        register = new RegisterFixture(api, officer);
    }

    @Test
    void theIssuesComplaintAboutAnUnknownRecruiterInDhakaIsFiled() {
        Api.Response filed = complain("Unknown recruiter in Dhaka", "BD", "DECEPTION");

        assertEquals(201, filed.status(), filed::toString);
        JsonNode record = only("unknown recruiter in dhaka");
        assertEquals("Unknown recruiter in Dhaka", record.get("name").getStringValue());
        assertEquals("BD", record.get("country").getStringValue());
        assertEquals("UNREVIEWED", record.get("status").getStringValue());
        assertEquals(1, record.get("complaints").getLongValue());
    }

    @Test
    void spellingsThatDifferInCaseAccentsAndSpacingGatherIntoOneRecord() {
        complain("Sylhet Manpower Services", "BD", "RECRUITMENT_FEES");
        complain("  SYLHET   manpower-services ", "BD", "WAGE_THEFT");
        Api.Response use = api.post("/api/suppliers/" + supplier("Gathering Garments") + "/agency-uses", auditor,
                Map.of("agencyName", "Sylhet Manpówer Services", "agencyCountry", "BD", "workforceShare", 30));
        complain("Sylhet Manpower Services", "NP", "ABUSE");

        assertEquals(201, use.status(), use::toString);
        JsonNode record = only("sylhet manpower services&country=BD");
        assertEquals(2, record.get("complaints").getLongValue());
        assertEquals(1, record.get("agencyUses").getLongValue());
        assertEquals(1, recruiters("sylhet manpower services&country=NP").size(), "another country is another recruiter");
    }

    @Test
    void aNameWithoutACountryIs400NamingAgencyCountryAndStoresNothing() {
        long before = count("SELECT COUNT(*) FROM complaint");

        Api.Response r = api.post("/api/public/complaints", null, Map.of("agencyName", "Countryless Recruiter",
                "category", "DECEPTION", "description", "Promised a job that did not exist"));

        assertBadField("agencyCountry", r);
        assertEquals(before, count("SELECT COUNT(*) FROM complaint"));
        assertEquals(0, recruiters("countryless").size());
    }

    @Test
    void aComplaintNamingARegisteredAgencyByNameIsFiledAgainstThatAgency() {
        long agency = register.agency("Agence Nommée Par Son Nom");

        Api.Response r = complain("agence nommee par son nom", "FR", "DECEPTION");

        assertEquals(201, r.status(), r::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM complaint WHERE agency_id = " + agency + " AND recruiter_id IS NULL"));
        assertEquals(0, recruiters("nommee par son nom").size());
    }

    @Test
    void anOfficerSeesAndHandlesComplaintsAgainstUnlicensedRecruiters() {
        String code = complain("Handled Recruiter", "BD", "ABUSE").text("trackingCode");
        long id = complaintId(code);

        Api.Response moved = api.post("/api/complaints/" + id + "/investigate", officer, Map.of());

        assertEquals(200, moved.status(), moved::toString);
        assertEquals("INVESTIGATING", api.get("/api/public/complaints/" + code, null).text("status"));
    }

    @Test
    void mergingTwoRecordsGathersWhatNamedThemAndLaterMentionsFollow() {
        complain("Dhaka Overseas Link", "BD", "DECEPTION");
        complain("Dacca Overseas Link", "BD", "ABUSE");
        long kept = only("dhaka overseas link").get("id").getLongValue();
        long other = only("dacca overseas link").get("id").getLongValue();

        Api.Response merged = api.post("/api/recruiters/" + other + "/merge", officer,
                Map.of("note", "Dacca is the old spelling of Dhaka: one recruiter", "intoId", kept));
        complain("DACCA overseas link", "BD", "WAGE_THEFT");

        assertEquals(200, merged.status(), merged::toString);
        assertEquals("MERGED", merged.text("status"));
        assertEquals(kept, merged.number("mergedIntoId"));
        assertEquals(3, api.get("/api/recruiters/" + kept, officer).number("complaints"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recruiter.merge' AND entity_id = '" + other + "'"));
    }

    @Test
    void linkingARecordToARegisteredAgencyMakesItsComplaintsCountForThatAgency() {
        long agency = register.agency("Linked Later Recruitment SARL");
        String code = complain("Linked Later Recruitment", "FR", "RECRUITMENT_FEES").text("trackingCode");
        long supplier = supplier("Linked Later Supplier");
        api.post("/api/suppliers/" + supplier + "/agency-uses", auditor,
                Map.of("agencyName", "Linked Later Recruitment", "agencyCountry", "FR", "workforceShare", 40));
        long record = only("linked later recruitment").get("id").getLongValue();

        Api.Response linked = api.post("/api/recruiters/" + record + "/link", officer,
                Map.of("note", "Trades under a shortened name", "agencyId", agency));
        long complaint = complaintId(code);
        api.post("/api/complaints/" + complaint + "/investigate", officer, Map.of());
        api.post("/api/complaints/" + complaint + "/substantiate", officer, Map.of());

        assertEquals(200, linked.status(), linked::toString);
        assertEquals("LINKED", linked.text("status"));
        assertEquals(1, count("SELECT COUNT(*) FROM agency_use WHERE supplier_id = " + supplier + " AND agency_id = " + agency));
        Api.Response risk = api.get("/api/agencies/" + agency + "/risk", officer);
        assertTrue(risk.raw().contains("A.fee-complaint"), "the recruiter's complaint counts for the agency: " + risk);
    }

    @Test
    void aLinkedRecordIsSettledAndAMergedOneCannotBeLinked() {
        long agency = register.agency("Settled Recruitment SARL");
        complain("Settled Recruitment", "FR", "ABUSE");
        complain("Setled Recruitment", "FR", "ABUSE");
        long linked = only("settled recruitment").get("id").getLongValue();
        long typo = only("setled recruitment").get("id").getLongValue();
        api.post("/api/recruiters/" + linked + "/link", officer, Map.of("note", "same firm", "agencyId", agency));
        api.post("/api/recruiters/" + typo + "/merge", officer, Map.of("note", "typo", "intoId", linked));

        assertProblem(409, api.post("/api/recruiters/" + typo + "/link", officer, Map.of("note", "again", "agencyId", agency)));
        assertProblem(409, api.post("/api/recruiters/" + linked + "/review", officer, Map.of("note", "looked at")));
        assertEquals(2, api.get("/api/recruiters/" + linked, officer).number("complaints"));
        assertEquals(2, count("SELECT COUNT(*) FROM complaint c JOIN unlicensed_recruiter r ON r.id = c.recruiter_id"
                + " WHERE r.id = " + linked + " AND c.agency_id = " + agency), "the merged record's complaint follows the link");
    }

    @Test
    void aDecisionNeedsItsNoteAndItsTarget() {
        complain("Undecided Recruiter", "BD", "ABUSE");
        long record = only("undecided recruiter").get("id").getLongValue();

        assertBadField("note", api.post("/api/recruiters/" + record + "/review", officer, Map.of()));
        assertBadField("intoId", api.post("/api/recruiters/" + record + "/merge", officer, Map.of("note", "same")));
        assertBadField("agencyId", api.post("/api/recruiters/" + record + "/link", officer, Map.of("note", "same")));
        assertBadField("agencyId", api.post("/api/recruiters/" + record + "/link", officer,
                Map.of("note", "same", "agencyId", 987654321)));
        Api.Response reviewed = api.post("/api/recruiters/" + record + "/review", officer, Map.of("note", "Called the number: no answer"));
        assertEquals("REVIEWED", reviewed.text("status"));
        assertEquals("licensing", reviewed.text("reviewedBy"));
    }

    @Test
    void onlyLicensingOfficersAndTheAdminSeeTheRecords() {
        assertEquals(403, api.get("/api/recruiters", auditor).status());
        assertEquals(200, api.get("/api/recruiters", api.login("admin")).status());
        assertEquals(401, api.get("/api/recruiters", null).status());
    }

    @Test
    void aRecruiterNamedOnAnEntityListIsScreenedWhenFirstNamed() {
        String admin = api.login("admin");
        Api.Response job = new FeedFixture(api).importFile("entity-list", admin, "un.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST>
                  <ENTITIES>
                    <ENTITY>
                      <FIRST_NAME>CHOSON MANPOWER EXPORT COMPANY</FIRST_NAME>
                      <REFERENCE_NUMBER>KPe.977</REFERENCE_NUMBER>
                    </ENTITY>
                  </ENTITIES>
                </CONSOLIDATED_LIST>
                """);
        assertEquals("SUCCEEDED", job.text("status"), job::toString);

        complain("Choson Manpower Export Company", "KP", "ABUSE");
        long record = only("choson manpower").get("id").getLongValue();

        Api.Response hits = api.get("/api/screening/hits?subjectType=RECRUITER&subjectId=" + record, officer);
        assertEquals(200, hits.status(), hits::toString);
        assertEquals(1, hits.body().get("items").size(), hits::toString);
        assertEquals("KP", hits.body().get("items").get(0).get("subject").get("country").getStringValue());
    }

    private Api.Response complain(String name, String country, String category) {
        return api.post("/api/public/complaints", null, Map.of("agencyName", name, "agencyCountry", country,
                "category", category, "description", "Recruited through " + name));
    }

    private List<JsonNode> recruiters(String query) {
        Api.Response r = api.get("/api/recruiters?q=" + query.replace(" ", "%20"), officer);
        assertEquals(200, r.status(), r::toString);
        List<JsonNode> items = new java.util.ArrayList<>();
        r.body().get("items").values().forEach(items::add);
        return items;
    }

    private JsonNode only(String query) {
        List<JsonNode> found = recruiters(query);
        assertEquals(1, found.size(), () -> "one record for " + query + ": " + found);
        return found.get(0);
    }

    private long supplier(String name) {
        Api.Response r = api.post("/api/suppliers", auditor, Map.of("name", name, "country", "BD", "sectors", List.of("1410"),
                "allowDuplicate", true));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("supplier").get("id").getLongValue();
    }

    private long complaintId(String trackingCode) {
        Api.Response list = api.get("/api/complaints?size=200", officer);
        for (JsonNode c : list.body().get("items").values()) {
            if (trackingCode.equals(c.get("trackingCode").getStringValue())) {
                return c.get("id").getLongValue();
            }
        }
        throw new AssertionError("complaint " + trackingCode + " not listed for the officer: " + list);
    }
}
