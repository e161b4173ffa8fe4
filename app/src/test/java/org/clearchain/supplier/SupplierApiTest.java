package org.clearchain.supplier;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suppliers, their sites and agencies, through the API against the real database. */
class SupplierApiTest extends ApiTest {

    private String auditorA;
    private String auditorB;
    private RegisterFixture register;

    @BeforeAll
    void logIn() {
        auditorA = api.login("auditor.a");
        auditorB = api.login("auditor.b");
        register = new RegisterFixture(api, api.login("licensing"));
    }

    private long addSupplier(String token, String name, String country) {
        Api.Response r = api.post("/api/suppliers", token, Map.of("name", name, "country", country, "sectors", List.of("1410")));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("supplier").get("id").getLongValue();
    }

    @Test
    void anAuditorAddsASupplierAndSeesItOnItsList() {
        long id = addSupplier(auditorA, "Dhaka Knitwear Ltd", "BD");

        Api.Response shown = api.get("/api/suppliers/" + id, auditorA);
        assertEquals(200, shown.status(), shown::toString);
        assertEquals(1, shown.body().get("link").get("tier").getIntValue());
        assertEquals("garments, textiles and footwear", shown.body().get("highRiskSectors").get(0).getStringValue());
        assertTrue(names(api.get("/api/suppliers?q=knitwear", auditorA)).contains("Dhaka Knitwear Ltd"));
    }

    @Test
    void aSupplierOfAnotherBuyerIsNotFound() {
        long id = addSupplier(auditorA, "Private Farm Supplier", "ES");

        Api.Response r = api.get("/api/suppliers/" + id, auditorB);

        assertEquals(404, r.status(), r::toString);
        assertFalse(names(api.get("/api/suppliers?q=private%20farm", auditorB)).contains("Private Farm Supplier"));
        assertEquals(404, api.post("/api/suppliers/" + id + "/sites", auditorB, site(10, 10)).status());
    }

    @Test
    void aLikelyDuplicateOfAnotherBuyersSupplierIsTheWayToALinkRequestNotATwin() {
        addSupplier(auditorA, "Usine Générale S.A.R.L.", "MA");
        long before = count("SELECT COUNT(*) FROM supplier");

        Api.Response twin = api.post("/api/suppliers", auditorB, Map.of("name", "USINE GENERALE", "country", "MA"));

        assertEquals(409, twin.status(), twin::toString);
        assertTrue(twin.text("detail").contains("POST /api/link-requests"), twin::toString);
        assertEquals(before, count("SELECT COUNT(*) FROM supplier"), "no twin created");
    }

    @Test
    void aLikelyDuplicateOfASupplierOnTheCallersOwnListNamesIt() {
        long id = addSupplier(auditorA, "Own Twin Weaving", "MA");

        Api.Response twin = api.post("/api/suppliers", auditorA, Map.of("name", "OWN TWIN WEAVING LTD", "country", "MA"));

        assertEquals(409, twin.status(), twin::toString);
        assertEquals(id, twin.body().get("existing").get(0).get("id").getLongValue());
        assertFalse(twin.text("detail").contains("link-requests"), twin::toString);
    }

    @Test
    void aConfirmedDifferentCompanyWithTheSameNameIsCreated() {
        addSupplier(auditorA, "Green Fields", "KE");

        Api.Response r = api.post("/api/suppliers", auditorA, Map.of("name", "Green Fields Ltd", "country", "KE", "allowDuplicate", true));

        assertEquals(201, r.status(), r::toString);
    }

    @Test
    void fourIdenticalRequestsAtOnceCreateOneSupplierAndTheOthersAreWarned() throws Exception {
        Map<String, Object> body = Map.of("name", "Simultaneous Knitting Mills", "country", "KH", "sectors", List.of("1430"));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(threads.submit(() -> {
                    gate.await();
                    return api.post("/api/suppliers", auditorA, body);
                }));
            }
            gate.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> f : sent) {
                Api.Response r = f.get(60, TimeUnit.SECONDS);
                statuses.add(r.status());
                if (r.status() == 409) {
                    assertEquals("Possible duplicate", r.text("title"), r::toString);
                }
            }

            assertEquals(List.of(201, 409, 409, 409), statuses.stream().sorted().toList());
            assertEquals(1, count("SELECT COUNT(*) FROM supplier WHERE name = 'Simultaneous Knitting Mills'"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aTypoAnotherWordOrderOrAnAbbreviationIsALikelyDuplicate() {
        long id = addSupplier(auditorA, "Mekong Garment Manufacturing Co., Ltd.", "VN");

        for (String twin : List.of("Mekong Garmnet Manufacturing", "Garment Mekong Mfg Company Limited")) {
            Api.Response r = api.post("/api/suppliers", auditorA, Map.of("name", twin, "country", "VN"));

            assertEquals(409, r.status(), twin + ": " + r);
            assertEquals(id, r.body().get("existing").get(0).get("id").getLongValue());
        }
        assertEquals(201, api.post("/api/suppliers", auditorA, Map.of("name", "Mekong Footwear", "country", "VN")).status(),
                "another firm of the same place is not a duplicate");
    }

    @Test
    void aShortenedNameAtTheMainSitesAddressIsALikelyDuplicate() {
        Api.Response first = api.post("/api/suppliers", auditorA, Map.of("name", "Pretty Wool Ware Ltd.", "country", "BD",
                "address", "133-134 (Ground & 3rd Floor) Hamayetpur, Moheshpur, Jhenaidah, Bangladesh"));
        assertEquals(201, first.status(), first::toString);
        long id = first.body().get("supplier").get("id").getLongValue();
        assertEquals(1, first.body().get("sites").size(), "the address made the main site: " + first);

        Api.Response sameAddress = api.post("/api/suppliers", auditorA, Map.of("name", "Pretty Ltd", "country", "BD",
                "address", "133-134 HAMAYETPUR MOHESHPUR JHENAIDAH"));

        assertEquals(409, sameAddress.status(), sameAddress::toString);
        assertEquals(id, sameAddress.body().get("existing").get(0).get("id").getLongValue());
    }

    @Test
    void aLikelyDuplicateByTypoOfAnotherBuyersSupplierGivesNothingOfItAway() {
        addSupplier(auditorA, "Tonle Sap Apparel Works", "KH");
        long before = count("SELECT COUNT(*) FROM supplier");

        Api.Response twin = api.post("/api/suppliers", auditorB, Map.of("name", "Tonle Sap Aparel Works", "country", "KH"));

        assertEquals(409, twin.status(), twin::toString);
        assertFalse(twin.raw().contains("Apparel"), "the stored spelling is not shown: " + twin);
        assertTrue(twin.body().get("existing") == null || twin.body().get("existing").size() == 0, twin::toString);
        assertEquals(before, count("SELECT COUNT(*) FROM supplier"));
        Api.Response asked = api.post("/api/link-requests", auditorB, Map.of("name", "Tonle Sap Aparel Works", "country", "KH"));
        assertEquals(201, asked.status(), "the link request the warning points to finds it: " + asked);
    }

    @Test
    void aTierTwoSupplierNeedsAParentOnTheBuyersList() {
        long parent = addSupplier(auditorA, "Tier One Spinning", "IN");

        Api.Response noParent = api.post("/api/suppliers", auditorA, Map.of("name", "Cotton Gin Co", "country", "IN", "tier", 2));
        Api.Response ok = api.post("/api/suppliers", auditorA, Map.of("name", "Cotton Gin Co", "country", "IN", "tier", 2, "parentSupplierId", parent));

        assertEquals(400, noParent.status());
        assertEquals("parentSupplierId", noParent.body().get("errors").get(0).get("field").getStringValue());
        assertEquals(201, ok.status(), ok::toString);
        assertEquals(2, ok.body().get("link").get("tier").getIntValue());
    }

    @Test
    void siteCoordinatesOutOfRangeAndAWorkforceShareOver100AreRejected() {
        long id = addSupplier(auditorA, "Coordinates Check Farm", "PE");

        Api.Response badLatitude = api.post("/api/suppliers/" + id + "/sites", auditorA, site(91, 10));
        Map<String, Object> share = new java.util.HashMap<>(site(10, 10));
        share.put("migrantShare", 120);
        Api.Response badShare = api.post("/api/suppliers/" + id + "/sites", auditorA, share);

        assertEquals(400, badLatitude.status());
        assertEquals("latitude", badLatitude.body().get("errors").get(0).get("field").getStringValue());
        assertEquals(400, badShare.status());
        assertEquals("migrantShare", badShare.body().get("errors").get(0).get("field").getStringValue());
        assertEquals(0, count("SELECT COUNT(*) FROM site WHERE supplier_id = " + id));
        assertEquals(201, api.post("/api/suppliers/" + id + "/sites", auditorA, site(-12.05, -77.04)).status());
    }

    @Test
    void anAgencyUseShowsTheLicenceStandingLiveFromTheRegister() {
        long id = addSupplier(auditorA, "Live Standing Farm", "FR");
        String licence = register.activeLicence();

        Api.Response use = api.post("/api/suppliers/" + id + "/agency-uses", auditorA,
                Map.of("licenceNumber", licence, "workforceShare", 40));
        assertEquals(201, use.status(), use::toString);
        assertEquals("VALID", use.text("licenceStanding"));

        register.move(licence, "suspend");

        Api.Response shown = api.get("/api/suppliers/" + id, auditorA);
        assertEquals("SUSPENDED", shown.body().get("agencyUses").get(0).get("licenceStanding").getStringValue());
        assertTrue(names(api.get("/api/suppliers?licenceProblem=true", auditorA)).contains("Live Standing Farm"));
        assertFalse(names(api.get("/api/suppliers?licenceProblem=false", auditorA)).contains("Live Standing Farm"));
    }

    @Test
    void aLicenceThatLapsesByDateBecomesAProblemOnTheListOnceTheHourlyRecomputeRuns() {
        long id = addSupplier(auditorA, "Lapsing Licence Farm", "FR");
        String licence = register.pendingLicence(register.agency("Lapsing Agency"), java.time.LocalDate.now().minusMonths(1),
                java.time.LocalDate.now().plusDays(5));
        register.move(licence, "approve");
        api.post("/api/suppliers/" + id + "/agency-uses", auditorA, Map.of("licenceNumber", licence));
        assertFalse(names(api.get("/api/suppliers?licenceProblem=true", auditorA)).contains("Lapsing Licence Farm"));

        clock.advance(java.time.Duration.ofDays(6));
        try {
            assertEquals("EXPIRED", api.get("/api/suppliers/" + id, auditorA).body().get("agencyUses").get(0)
                    .get("licenceStanding").getStringValue(), "the supplier's page reads the register live");
            server.getApplicationContext().getBean(LicenceProblems.class).recomputeAll();

            assertTrue(names(api.get("/api/suppliers?licenceProblem=true", auditorA)).contains("Lapsing Licence Farm"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aLicenceMoveAndTheHourlyRecomputeReachEverySupplierOfAnAgencyBeyondOneBatch() {
        long first = addSupplier(auditorA, "Batch Boundary Farm", "CL");
        String licence = register.activeLicence();
        api.post("/api/suppliers/" + first + "/agency-uses", auditorA, Map.of("licenceNumber", licence));
        // 1,100 more users of the same licence, more than two batches of the recompute
        execute("""
                INSERT INTO supplier (name, name_key, country, sectors, goods, licence_problem, created_at, updated_at)
                WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 34)
                SELECT CONCAT('Batch Boundary Farm ', a.i * 35 + b.i), CONCAT('batch boundary farm ', a.i * 35 + b.i),
                       'CL', '[]', '[]', FALSE, NOW(6), NOW(6) FROM n a JOIN n b WHERE a.i * 35 + b.i < 1100""");
        execute("""
                INSERT INTO agency_use (supplier_id, agency_id, licence_number, agency_name, agency_country, created_at)
                SELECT s.id, u.agency_id, u.licence_number, u.agency_name, u.agency_country, NOW(6)
                FROM supplier s JOIN agency_use u ON u.supplier_id = %d
                WHERE s.name LIKE 'Batch Boundary Farm %%'""".formatted(first));
        String flagged = "SELECT COUNT(*) FROM supplier WHERE name LIKE 'Batch Boundary Farm%' AND licence_problem";

        register.move(licence, "suspend");
        assertEquals(1101, count(flagged), "the suspension flags every user of the agency");

        execute("UPDATE supplier SET licence_problem = FALSE WHERE name LIKE 'Batch Boundary Farm%'");
        server.getApplicationContext().getBean(LicenceProblems.class).recomputeAll();
        assertEquals(1101, count(flagged), "the hourly run reaches every supplier");
    }

    @Test
    void anUnregisteredAgencyIsAProblemAndAnUnknownLicenceNumberIsRejected() {
        long id = addSupplier(auditorA, "Unregistered Agency User", "QA");

        Api.Response unknown = api.post("/api/suppliers/" + id + "/agency-uses", auditorA, Map.of("licenceNumber", "CC-1999-999999"));
        Api.Response unregistered = api.post("/api/suppliers/" + id + "/agency-uses", auditorA,
                Map.of("agencyName", "Gulf Manpower", "agencyCountry", "NP", "workforceShare", 60));

        assertEquals(400, unknown.status());
        assertEquals("licenceNumber", unknown.body().get("errors").get(0).get("field").getStringValue());
        assertEquals(201, unregistered.status(), unregistered::toString);
        assertEquals("UNREGISTERED", unregistered.text("licenceStanding"));
        assertTrue(names(api.get("/api/suppliers?licenceProblem=true", auditorA)).contains("Unregistered Agency User"));
    }

    @Test
    void listsAreSortableAndTheirParametersChecked() {
        addSupplier(auditorA, "Aaa Sorting First", "AR");
        addSupplier(auditorA, "Zzz Sorting Last", "AR");

        List<String> ascending = names(api.get("/api/suppliers?q=sorting&sort=name", auditorA));
        List<String> descending = names(api.get("/api/suppliers?q=sorting&sort=name,desc", auditorA));

        assertEquals(List.of("Aaa Sorting First", "Zzz Sorting Last"), ascending);
        assertEquals(List.of("Zzz Sorting Last", "Aaa Sorting First"), descending);
        assertEquals(400, api.get("/api/suppliers?sort=password", auditorA).status());
        assertEquals(400, api.get("/api/suppliers?declarationStatus=LATE", auditorA).status());
    }

    private static Map<String, Object> site(double latitude, double longitude) {
        return Map.of("name", "Main site", "country", "PE", "latitude", latitude, "longitude", longitude, "workers", 120);
    }

    private static List<String> names(Api.Response list) {
        List<String> names = new ArrayList<>();
        list.body().get("items").values().forEach(item -> names.add(item.get("name").getStringValue()));
        return names;
    }
}
