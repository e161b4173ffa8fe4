package org.clearchain.feed;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facility-list feed end to end: an auditor's Open Supply Hub list becomes suppliers and sites on its list,
 * matched to suppliers Clearchain already knows. The rows are real ones from Open Supply Hub's public lists (MIT
 * licence; see integrations/src/test/resources/facility-list/README.md).
 */
class FacilityListFeedTest extends ApiTest {

    private static final String HEADER = "country,name,address,sector,lat,lng\r\n";
    private static final String WENZHOU = "CHINA,WENZHOU JIETU(AOLUN) SHOES FACTORY,\"NO.8 SHUANGBAO WEST ROAD, OUHAI ECONOMIC"
            + " DEVELOPM P.C. 325014, WENZHOU, CHINA\",Apparel,27.96542,120.65768\r\n";
    private static final String QUANZHOU = "CHINA,\"QUANZHOU XINXING FOOTWEAR CO., LTD\",\"WUYI INDUSTIAL ZONE, BAIQI VILLAGE,"
            + " HUI'AN COUNTY,QUANZHOU CITY, FUJIAN PROVINCE□\",Apparel,24.8808,118.71539\r\n";

    private String auditorA;
    private String auditorB;
    private FeedFixture feeds;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.feeds.inbox", createTempDirectory("inbox").toString(),
                "clearchain.feeds.uploads", createTempDirectory("uploads").toString());
    }

    @BeforeAll
    void logIn() {
        auditorA = api.login("auditor.a");
        auditorB = api.login("auditor.b");
        feeds = new FeedFixture(api);
    }

    @Test
    void anAuditorsListBecomesSuppliersAndSitesOnItsOwnList() {
        Api.Response job = feeds.importFile("facility-list", auditorB, "geocoded.csv", HEADER + WENZHOU + QUANZHOU);

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        assertEquals(2, job.body().get("counts").get("created").getLongValue(), job::toString);
        JsonNode listed = supplierNamed(auditorB, "WENZHOU JIETU");
        assertEquals("CN", listed.get("country").getStringValue(), "CHINA normalised to its ISO code");
        assertEquals("1410", listed.get("sectors").get(0).getStringValue(), "Apparel mapped to ISIC 1410");
        assertEquals(List.of("garments, textiles and footwear"), strings(listed.get("highRiskSectors")));
        JsonNode site = api.get("/api/suppliers/" + listed.get("id").getLongValue(), auditorB).body().get("sites").get(0);
        assertEquals("NO.8 SHUANGBAO WEST ROAD, OUHAI ECONOMIC DEVELOPM P.C. 325014, WENZHOU, CHINA",
                site.get("address").getStringValue());
        assertEquals(27.96542, site.get("latitude").getDoubleValue(), 1e-9);
        assertEquals(120.65768, site.get("longitude").getDoubleValue(), 1e-9);
        assertEquals("1410", site.get("sector").getStringValue());
        assertEquals(0, api.get("/api/suppliers?q=WENZHOU", auditorA).body().get("items").size(),
                "another buyer does not see them");
    }

    @Test
    void aFacilityUnderAnotherBuyersSupplierIsAskedForAndOnlyImportedOnceAccepted() {
        long suppliersBefore = count("SELECT COUNT(*) FROM supplier");
        long tuna = count("SELECT id FROM supplier WHERE name = 'Pacific Tuna Processing Co., Ltd'");
        String row = "country,name,address,sector\n"
                + "Thailand,PACIFIC TUNA PROCESSING CO LTD,\"88 Moo 2, Mahachai, Samut Sakhon 74000\",Seafood Processing\n";

        Api.Response job = feeds.importFile("facility-list", auditorB, "tuna.csv", row);

        assertEquals(0, job.body().get("counts").get("created").getLongValue(), job::toString);
        assertEquals(1, job.body().get("counts").get("rejected").getLongValue(), job::toString);
        assertTrue(job.raw().contains("a link request was sent in your name"), job::toString);
        assertEquals(suppliersBefore, count("SELECT COUNT(*) FROM supplier"), "no second Pacific Tuna");
        assertEquals(0, count("SELECT COUNT(*) FROM buyer_link l JOIN organisation o ON o.id = l.buyer_id"
                + " WHERE o.name = 'Employer B (demo)' AND l.supplier_id = " + tuna));
        assertEquals(0, count("SELECT COUNT(*) FROM site WHERE supplier_id = " + tuna
                + " AND address = '88 Moo 2, Mahachai, Samut Sakhon 74000'"));

        long request = 0;
        for (JsonNode r : api.get("/api/link-requests?status=PENDING", auditorA).body().get("items").values()) {
            if (r.get("name").getStringValue().equals("PACIFIC TUNA PROCESSING CO LTD")) {
                request = r.get("id").getLongValue();
            }
        }
        assertEquals(200, api.post("/api/link-requests/" + request + "/accept", auditorA, Map.of()).status());
        Api.Response afterAccept = feeds.importFile("facility-list", auditorB, "tuna-again.csv", row.replace("\n", "\r\n"));

        assertEquals(1, afterAccept.body().get("counts").get("created").getLongValue(), "now a new site: " + afterAccept);
        assertEquals(1, count("SELECT COUNT(*) FROM site WHERE supplier_id = " + tuna
                + " AND address = '88 Moo 2, Mahachai, Samut Sakhon 74000'"));
        assertEquals(tuna, supplierNamed(auditorB, "Pacific Tuna").get("id").getLongValue());
    }

    @Test
    void theSameFacilitiesInAnotherFileAreUnchanged() {
        String rows = "country,name,address,sector\n"
                + "Jordan,Al Hanan,\"Alhoson Street Bebrs Building, P.O.Box. 888 Irbid 21110\",Apparel\n"
                + "Jordan,Al Masera,\"El Hasan industry Estate, Irbid\",Apparel\n";
        feeds.importFile("facility-list", auditorA, "jordan.csv", rows);
        long sites = count("SELECT COUNT(*) FROM site");

        Api.Response again = feeds.importFile("facility-list", auditorA, "jordan-again.csv", rows.replace("\n", "\r\n"));

        assertEquals("SUCCEEDED", again.text("status"), again::toString);
        assertEquals(2, again.body().get("counts").get("unchanged").getLongValue(), again::toString);
        assertEquals(0, again.body().get("counts").get("created").getLongValue());
        assertEquals(sites, count("SELECT COUNT(*) FROM site"));
    }

    @Test
    void theSameFileTwiceIsADuplicateJob() {
        String file = "country,name,address,sector\nIsrael,Hitex,\"Industrial Center Teradyon, P.O.B. 1365, Misgav 20179\",Apparel\n";
        Api.Response first = feeds.importFile("facility-list", auditorA, "israel.csv", file);

        Api.Response second = feeds.importFile("facility-list", auditorA, "israel-renamed.csv", file);

        assertEquals("SUCCEEDED", first.text("status"), first::toString);
        assertEquals("DUPLICATE", second.text("status"), second::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM supplier WHERE name = 'Hitex'"));
    }

    @Test
    void countriesAreReadAsOpenSupplyHubListsWriteThem() {
        Api.Response job = feeds.importFile("facility-list", auditorA, "countries.csv", "country,name,address,sector\n"
                + "UAE,Indigo Garments FZE,\"Plot No. H1-03, 04 & 05 & P4-11, Sharjah Airport International Free Zone, Sharjah, Saif Zone\",Apparel\n"
                + "USA,Catawba Sox LLC.,\"1500 13th ST SW Hickory, NC 28601\",Apparel\n"
                + "Taiwan,\"Chuan Cheng Hat Co., Ltd., Ta-Ya Factory\",\"No. 56, Chung San Road,Ta-Ya Hsiang, Taichung Hsien 42841\",Apparel\n"
                + "Myanmar,Huasheng International Limited Ltd.,Gway Chaung Gonmin Myaung Village Tharrawaddy Township Bago Region Myanmar,Apparel\n"
                + "VIETNAM,Saigon Knit,\"12 Tan Thuan Road, District 7, Ho Chi Minh City\",Apparel");

        assertEquals(5, job.body().get("counts").get("created").getLongValue(), job::toString);
        assertEquals("AE", supplierNamed(auditorA, "Indigo Garments FZE").get("country").getStringValue());
        assertEquals("US", supplierNamed(auditorA, "Catawba Sox").get("country").getStringValue());
        assertEquals("TW", supplierNamed(auditorA, "Chuan Cheng Hat").get("country").getStringValue());
        assertEquals("MM", supplierNamed(auditorA, "Huasheng International").get("country").getStringValue());
        assertEquals("VN", supplierNamed(auditorA, "Saigon Knit").get("country").getStringValue());
    }

    @Test
    void badRowsAreRejectedWithTheirLineNumbersAndTheRestGoesIn() {
        Api.Response job = feeds.importFile("facility-list", auditorA, "bad.csv", HEADER
                + "ATLANTIS,Poseidon Garments Ltd,\"1 Harbour Road, Atlantis\",Apparel,,\r\n"
                + "CHINA,SHANTOU CITY OVERSEAS CHINESE UNION TEXTILES & ARTS LIMITED,\"2/F BLOCK 1, NO. 79 JINHU ROAD, SHANTOU CITY\",Apparel,123.37376,116.71342\r\n"
                + "CHINA,,\"NO.1446 TUDIAN ROAD TONGXIANG CITY\",Apparel,30.62425,120.56852\r\n"
                + "CHINA,NINGBO HUAYI GARMENTS CO LTD,\"NO.11 DONGQIAN LAKE AREA,YINXIAN AVENUE,NINGBO,CHINA\",Apparel,29.7505682,121.656829\r\n"
                + "CHINA,\"YK SHOES CO., LTD\",\"FLOOR 4, NO. 6 ,DALONG");

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        assertEquals(1, job.body().get("counts").get("created").getLongValue(), job::toString);
        List<String> rejected = new ArrayList<>();
        job.body().get("rejectedRows").values().forEach(r -> rejected.add(r.get("line").getLongValue() + ": " + r.get("reason").getStringValue()));
        assertEquals(4, rejected.size(), rejected::toString);
        assertTrue(rejected.contains("2: country 'ATLANTIS' is neither a country name nor an ISO 3166-1 code Clearchain knows"), rejected::toString);
        assertTrue(rejected.stream().anyMatch(r -> r.startsWith("3: lat 123.37376 is out of range")), rejected::toString);
        assertTrue(rejected.contains("4: name is missing"), rejected::toString);
        assertTrue(rejected.stream().anyMatch(r -> r.startsWith("6: the rest of the file cannot be read")), rejected::toString);
        assertEquals(0, count("SELECT COUNT(*) FROM supplier WHERE name LIKE 'Poseidon%'"));
    }

    @Test
    void theOpenSupplyHubIdIsKeptAndFindsTheSupplierUnderAnotherName() {
        feeds.importFile("facility-list", auditorA, "os-id.csv", "country,name,address,sector,os_id,number_of_workers\n"
                + "Bangladesh,AKH Apparels Ltd,128 Hamayetpur PS-Savar Dhaka-1340 Bangladesh,Apparel,BD2019085KXTR3M,1450\n");

        Api.Response renamed = feeds.importFile("facility-list", auditorA, "os-id-renamed.csv", "country,name,address,sector,os_id\n"
                + "BD,AKH Apparels (Savar unit),128 Hamayetpur PS-Savar Dhaka-1340 Bangladesh,Apparel|Footwear,BD2019085KXTR3M\n");

        assertEquals("SUCCEEDED", renamed.text("status"), renamed::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM supplier WHERE open_supply_hub_id = 'BD2019085KXTR3M'"));
        long id = count("SELECT id FROM supplier WHERE open_supply_hub_id = 'BD2019085KXTR3M'");
        assertEquals(1450, count("SELECT workers FROM site WHERE supplier_id = " + id + " AND name = 'AKH Apparels Ltd'"));
        JsonNode supplier = api.get("/api/suppliers/" + id, auditorA).body().get("supplier");
        assertEquals(List.of("1410", "1520"), strings(supplier.get("sectors")), "Footwear added to what was known");
    }

    @Test
    void onlyAnAuditorMaySendAFacilityList() {
        Api.Response refused = api.upload("/api/feeds/facility-list/uploads", api.login("inspector"), "x.csv",
                (HEADER + WENZHOU).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.getStringValue()));
        return values;
    }

    private JsonNode supplierNamed(String token, String q) {
        Api.Response list = api.get("/api/suppliers?q=" + q.replace(" ", "%20"), token);
        assertEquals(1, list.body().get("items").size(), list::toString);
        return list.body().get("items").get(0);
    }

    private static Path createTempDirectory(String prefix) {
        try {
            return Files.createTempDirectory("clearchain-" + prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
