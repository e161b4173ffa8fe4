package org.clearchain.onboarding;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.clearchain.testing.Problems.assertBadField;
import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A supplier listed by a buyer, by hand or by import, gets its people in through an invitation: one code, once, before
 * it expires; redeeming it binds the supplier to its own organisation and creates the person's user, who then answers
 * the buyer's declaration requests.
 */
class InvitationApiTest extends ApiTest {

    private static final long MISSING = 987_654_321L;

    private String auditorA;
    private String auditorB;
    private String admin;

    @BeforeAll
    void logIn() {
        auditorA = api.login("auditor.a");
        auditorB = api.login("auditor.b");
        admin = api.login("admin");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long supplierOfA(String name) {
        Api.Response r = api.post("/api/suppliers", auditorA, Map.of("name", name, "country", "RO", "sectors", List.of("1410")));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("supplier").get("id").getLongValue();
    }

    private String invite(String token, long supplier) {
        Api.Response r = api.post("/api/suppliers/" + supplier + "/invitations", token, Map.of("invitee", "HR manager"));
        assertEquals(201, r.status(), r::toString);
        return r.text("code");
    }

    private Api.Response redeem(String code, String username) {
        return api.post("/api/public/invitations/redeem", null, Map.of("code", code, "username", username,
                "password", "chosen-by-the-invited"));
    }

    @Test
    void anInvitedPersonAnswersTheBuyersDeclarationRequests() {
        long supplier = supplierOfA("Invited Knitwear SRL");
        long request = api.post("/api/suppliers/" + supplier + "/declaration-requests", auditorA,
                Map.of("dueDate", LocalDate.now().plusDays(20).toString())).number("id");

        Api.Response redeemed = redeem(invite(auditorA, supplier), "ioana.knitwear");

        assertEquals(201, redeemed.status(), redeemed::toString);
        assertEquals(supplier, redeemed.number("supplierId"));
        String ioana = api.login("ioana.knitwear", "chosen-by-the-invited");
        Api.Response own = api.get("/api/suppliers/" + supplier, ioana);
        assertEquals(200, own.status(), own::toString);
        assertEquals(redeemed.number("organisationId"), own.body().get("supplier").get("supplierOrganisationId").getLongValue());
        assertEquals(1, api.get("/api/declaration-requests", ioana).number("totalItems"));
        Api.Response answered = api.post("/api/declaration-requests/" + request + "/declaration", ioana, Map.of(
                "answers", example(), "attestation", Map.of("name", "Ioana Pop", "role", "HR manager",
                        "date", LocalDate.now().toString())));
        assertEquals(201, answered.status(), answered::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM organisation WHERE kind = 'SUPPLIER' AND name = 'Invited Knitwear SRL'"),
                "the supplier's organisation is made, named after it");
    }

    @Test
    void aSecondInvitationAddsAPersonToTheSameOrganisation() {
        long supplier = supplierOfA("Twice Invited Dyeworks");
        long first = redeem(invite(auditorA, supplier), "first.dyeworks").number("organisationId");

        Api.Response second = redeem(invite(admin, supplier), "second.dyeworks");

        assertEquals(201, second.status(), second::toString);
        assertEquals(first, second.number("organisationId"));
        assertEquals(2, count("SELECT COUNT(*) FROM app_user WHERE organisation_id = " + first));
        Api.Response invitations = api.get("/api/suppliers/" + supplier + "/invitations", admin);
        assertEquals(2, invitations.body().size(), invitations::toString);
        assertEquals(1, api.get("/api/suppliers/" + supplier + "/invitations", auditorA).body().size(),
                "a buyer sees its own organisation's invitations, not another's");
        invitations.body().values().forEach(i -> assertEquals("REDEEMED", i.get("status").getStringValue()));
        assertFalse(invitations.raw().contains("INV-"), "a code is shown once, at its issue");
    }

    @Test
    void aCodeIsKeptOnlyAsItsHashAndWorksOnce() {
        long supplier = supplierOfA("Single Use Tannery");
        String code = invite(auditorA, supplier);

        assertEquals(0, count("SELECT COUNT(*) FROM invitation WHERE code_hash LIKE '%" + code + "%'"));
        assertEquals(201, redeem(code.toLowerCase().replace("-", " "), "tannery.first").status(),
                "case, spaces and dashes as typed do not matter");
        Api.Response again = redeem(code, "tannery.second");

        assertProblem(409, again);
        assertTrue(again.text("detail").contains("used already"), again::toString);
        assertEquals(0, count("SELECT COUNT(*) FROM app_user WHERE username = 'tannery.second'"));
    }

    @Test
    void unknownAndExpiredCodesAreEachSaidPlainly() {
        Api.Response unknown = redeem("INV-AAAAA-BBBBB-CCCCC-DDDDD", "nobody.unknown");
        assertProblem(404, unknown);
        assertTrue(unknown.text("detail").contains("No invitation has this code"), unknown::toString);

        String code = invite(auditorA, supplierOfA("Late Redeemer Farm"));
        clock.advance(Duration.ofDays(15));
        Api.Response expired = redeem(code, "late.redeemer");

        assertProblem(410, expired);
        assertTrue(expired.text("detail").contains("expired on"), expired::toString);
        assertEquals(0, count("SELECT COUNT(*) FROM app_user WHERE username = 'late.redeemer'"));
    }

    @Test
    void aSupplierListedByImportIsOnboardedTheSameWay() {
        Api.Response job = new FeedFixture(api).importFile("facility-list", auditorA, "imported.csv",
                "country,name,address,sector\nRomania,Imported Hosiery Works,\"Str. Fabricii 4, Sibiu\",Apparel\n");
        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        JsonNode listed = api.get("/api/suppliers?q=Imported%20Hosiery", auditorA).body().get("items").values().iterator().next();
        long supplier = listed.get("id").getLongValue();

        Api.Response redeemed = redeem(invite(auditorA, supplier), "hosiery.manager");

        assertEquals(201, redeemed.status(), redeemed::toString);
        String manager = api.login("hosiery.manager", "chosen-by-the-invited");
        assertEquals(200, api.get("/api/suppliers/" + supplier, manager).status());
    }

    @Test
    void onlyALinkedBuyerOrTheAdminInvites() {
        long supplier = supplierOfA("Guarded Spinning Mill");

        Api.Response foreign = api.post("/api/suppliers/" + supplier + "/invitations", auditorB, Map.of());
        Api.Response missing = api.post("/api/suppliers/" + MISSING + "/invitations", auditorB, Map.of());

        assertProblem(404, foreign);
        assertEquals(missing.text("detail").replace(String.valueOf(MISSING), String.valueOf(supplier)), foreign.text("detail"));
        assertEquals(403, api.post("/api/suppliers/" + supplier + "/invitations", api.login("supplier.a"), Map.of()).status());
        assertEquals(404, api.get("/api/suppliers/" + supplier + "/invitations", auditorB).status());
    }

    @Test
    void aBuyerCannotBindASupplierToAnOrganisationItChooses() {
        long demoSupplierOrganisation = new AdminFixture(api, admin).organisationNamed("Supplier A (demo)");

        Api.Response created = api.post("/api/suppliers", auditorA, Map.of("name", "Hijacked Garments", "country", "RO",
                "supplierOrganisationId", demoSupplierOrganisation));
        Api.Response invited = api.post("/api/suppliers/" + supplierOfA("Another Hijack Attempt") + "/invitations", auditorA,
                Map.of("supplierOrganisationId", demoSupplierOrganisation));

        assertBadField("supplierOrganisationId", created);
        assertEquals(0, count("SELECT COUNT(*) FROM supplier WHERE name = 'Hijacked Garments'"));
        assertBadField("supplierOrganisationId", invited);
    }

    @Test
    void theAdminMayInviteIntoAnExistingSupplierOrganisation() {
        long demoSupplierOrganisation = new AdminFixture(api, admin).organisationNamed("Supplier A (demo)");
        long supplier = supplierOfA("Second Record Of Carpati");
        Api.Response invited = api.post("/api/suppliers/" + supplier + "/invitations", admin,
                Map.of("supplierOrganisationId", demoSupplierOrganisation));

        Api.Response redeemed = redeem(invited.text("code"), "carpati.second");

        assertEquals(demoSupplierOrganisation, redeemed.number("organisationId"), redeemed::toString);
        assertEquals(200, api.get("/api/suppliers/" + supplier, api.login("supplier.a")).status(),
                "the organisation's existing people answer for it too");
        assertNotEquals(0, count("SELECT COUNT(*) FROM revision WHERE action = 'supplier.bind-organisation' AND entity_id = "
                + supplier));
    }

    private Map<String, Object> example() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("json/questionnaire/v1.example.json")) {
            return json.readValue(in.readAllBytes(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
