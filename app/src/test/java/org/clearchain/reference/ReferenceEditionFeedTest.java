package org.clearchain.reference;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.risk.AssessmentPacking;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The country-risk and goods-list feeds end to end: an admin uploads an edition, it becomes current once whole,
 * every supplier is rescored without anyone pressing a button, and old snapshots keep the editions they used.
 * Ordered, because the editions in force are the platform's, not a test's: the first test sees the ILAB editions
 * loaded at first start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceEditionFeedTest extends ApiTest {

    private static final String COUNTRY_HEADER = "country,score,source,edition,region\n";
    private static final String INDEX = "Sample Vulnerability Index (test data)";
    private static final String ILAB_2022 = "ILAB child-labour governance assessment 2022";

    private String admin;
    private String auditor;
    private FeedFixture feeds;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.feeds.inbox", temp("inbox").toString(),
                "clearchain.feeds.uploads", temp("uploads").toString());
    }

    @BeforeAll
    void logIn() {
        admin = api.login("admin");
        auditor = api.login("auditor.a");
        feeds = new FeedFixture(api);
    }

    @Test
    @Order(1)
    void aCountryRiskEditionRescoresEveryoneAndOldSnapshotsKeepTheEditionTheyUsed() {
        long supplier = supplier("Dhaka Knit Composite Ltd", "BD", List.of());
        JsonNode before = risk(supplier);
        assertEquals(ILAB_2022, contribution(before, "I.country").get("edition").getStringValue());
        long firstSnapshot = history(supplier).get(0).get("snapshotId").getLongValue();

        Api.Response job = feeds.importFile("country-risk", admin, "svi-2026.csv", COUNTRY_HEADER
                + "BD," + "0.64," + INDEX + ",SVI-2026,Southern Asia\n"
                + "India,0.61," + INDEX + ",SVI-2026,Southern Asia\n"
                + "Viet Nam,0.47," + INDEX + ",SVI-2026,\n");

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        assertEquals(3, job.body().get("counts").get("updated").getLongValue(), "all three are in ILAB's edition: " + job);
        JsonNode rescored = awaitSnapshotNaming(supplier, "SVI-2026");
        assertTrue(rescored.get("reason").getStringValue().contains("country-risk"), rescored::toString);
        JsonNode after = risk(supplier);
        JsonNode country = contribution(after, "I.country");
        assertEquals(INDEX, country.get("source").getStringValue());
        assertEquals("SVI-2026", country.get("edition").getStringValue());
        assertEquals(9.6, country.get("points").getDoubleValue(), 1e-9, "15 × 0.64");
        assertTrue(editionsUsed(after).contains("country-risk SVI-2026 verified"), editionsUsed(after)::toString);
        String old = snapshotJson(firstSnapshot);
        assertTrue(old.contains(ILAB_2022) && !old.contains("SVI-2026"), "the first snapshot still names ILAB's edition");
    }

    @Test
    @Order(2)
    void aNewerEditionNeverRewritesTheOlderEditionNorItsSnapshots() {
        long supplier = supplier("Chittagong Denim Ltd", "BD", List.of());
        JsonNode underOld = awaitSnapshotNaming(supplier, "SVI-2026");
        long oldEdition = count("SELECT id FROM reference_edition WHERE edition = 'SVI-2026' AND loaded_at IS NOT NULL");

        Api.Response job = feeds.importFile("country-risk", admin, "svi-2027.csv", COUNTRY_HEADER
                + "BD,0.70," + INDEX + ",SVI-2027,Southern Asia\n" + "IN,0.61," + INDEX + ",SVI-2027,Southern Asia\n");

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        assertEquals(1, job.body().get("counts").get("updated").getLongValue(), "BD changed: " + job);
        assertEquals(1, job.body().get("counts").get("unchanged").getLongValue(), "IN did not: " + job);
        awaitSnapshotNaming(supplier, "SVI-2027");
        assertEquals(10.5, contribution(risk(supplier), "I.country").get("points").getDoubleValue(), 1e-9, "15 × 0.70");
        String old = snapshotJson(underOld.get("snapshotId").getLongValue());
        assertTrue(old.contains("SVI-2026") && !old.contains("SVI-2027"), old);
        assertEquals(3, count("SELECT COUNT(*) FROM country_risk_entry WHERE edition_id = " + oldEdition),
                "the old edition keeps its rows");
        assertEquals(640000, count("SELECT score * 1000000 FROM country_risk_entry WHERE edition_id = " + oldEdition
                + " AND country = 'BD'"));
    }

    @Test
    @Order(3)
    void theSameFileTwiceIsADuplicateAndLoadsNothing() {
        String file = COUNTRY_HEADER + "BD,0.72," + INDEX + ",SVI-2028,Southern Asia\n";
        long supplier = supplier("Narayanganj Spinning Ltd", "BD", List.of());
        Api.Response first = feeds.importFile("country-risk", admin, "svi-2028.csv", file);
        // the newest supplier is the last one the rescoring after the first file reaches: once its snapshot is
        // written, nothing of that run can add one behind the count below
        JsonNode rescored = awaitSnapshotNaming(supplier, "SVI-2028");
        assertTrue(rescored.get("reason").getStringValue().contains("SVI-2028"), rescored::toString);
        long editions = count("SELECT COUNT(*) FROM reference_edition");
        long snapshots = count("SELECT COUNT(*) FROM risk_snapshot");

        Api.Response second = feeds.importFile("country-risk", admin, "svi-2028-again.csv", file);

        assertEquals("SUCCEEDED", first.text("status"), first::toString);
        // the job has ended without loading an edition, and only a loaded edition announces a rescoring
        assertEquals("DUPLICATE", second.text("status"), second::toString);
        assertEquals(editions, count("SELECT COUNT(*) FROM reference_edition"));
        assertEquals(snapshots, count("SELECT COUNT(*) FROM risk_snapshot"), "nothing to rescore");
    }

    @Test
    @Order(4)
    void theRowsOfTheCurrentEditionInAnotherFileAreUnchangedAndNoNewEdition() {
        feeds.importFile("country-risk", admin, "svi-2029.csv", COUNTRY_HEADER
                + "BD,0.73," + INDEX + ",SVI-2029,Southern Asia\nIN,0.6," + INDEX + ",SVI-2029,Southern Asia\n");
        long editions = count("SELECT COUNT(*) FROM reference_edition");

        Api.Response again = feeds.importFile("country-risk", admin, "svi-2029-reordered.csv", COUNTRY_HEADER
                + "India,0.600," + INDEX + ",SVI-2029,Southern Asia\nBD,0.73," + INDEX + ",SVI-2029,Southern Asia\n");

        assertEquals("SUCCEEDED", again.text("status"), again::toString);
        assertEquals(2, again.body().get("counts").get("unchanged").getLongValue(), again::toString);
        assertEquals(0, again.body().get("counts").get("created").getLongValue());
        assertEquals(editions, count("SELECT COUNT(*) FROM reference_edition"), "no new edition, no pending one left");
    }

    @Test
    @Order(5)
    void badRowsAreRejectedWithTheirLineNumbersAndTheRestIsTheEdition() {
        Api.Response job = feeds.importFile("country-risk", admin, "svi-2030.csv", COUNTRY_HEADER
                + "BD,0.74," + INDEX + ",SVI-2030,Southern Asia\n"
                + "Atlantis,0.5," + INDEX + ",SVI-2030,\n"
                + "IN,1.7," + INDEX + ",SVI-2030,Southern Asia\n"
                + "PK,0.66," + INDEX + ",SVI-2031,Southern Asia\n"
                + "BD,0.75," + INDEX + ",SVI-2030,Southern Asia\n"
                + "NP,0.58," + INDEX);

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        List<String> rejected = new ArrayList<>();
        job.body().get("rejectedRows").values().forEach(r -> rejected.add(r.get("line").getLongValue() + ": " + r.get("reason").getStringValue()));
        assertEquals(5, rejected.size(), rejected::toString);
        assertTrue(rejected.contains("3: unknown country 'Atlantis' (an ISO 3166-1 alpha-2 code or English name)"), rejected::toString);
        assertTrue(rejected.contains("4: score 1.7 is outside [0, 1]"), rejected::toString);
        assertTrue(rejected.stream().anyMatch(r -> r.startsWith("5: the row names edition 'SVI-2031'")), rejected::toString);
        assertTrue(rejected.contains("6: country BD appears again (line 2)"), rejected::toString);
        assertTrue(rejected.stream().anyMatch(r -> r.startsWith("7: the row has 3 fields")), rejected::toString);
        assertEquals(1, count("SELECT row_count FROM reference_edition WHERE edition = 'SVI-2030'"));
    }

    @Test
    @Order(6)
    void aFileWithNoUsableRowFailsAndTheCurrentEditionStays() {
        long editions = count("SELECT COUNT(*) FROM reference_edition");

        Api.Response job = feeds.importFile("country-risk", admin, "nothing.csv", COUNTRY_HEADER
                + "Atlantis,0.5," + INDEX + ",SVI-X,\n");

        assertEquals("FAILED", job.text("status"), job::toString);
        assertTrue(job.text("reason").contains("no row of the file could be used"), job::toString);
        assertEquals(editions, count("SELECT COUNT(*) FROM reference_edition"));
        assertEquals("SVI-2030", contribution(risk(supplier("Sylhet Tea Estates Ltd", "BD", List.of())), "I.country")
                .get("edition").getStringValue());
    }

    @Test
    @Order(7)
    void aRetryOfAFileThatFailedMidwayCompletesTheSamePendingEdition() throws Exception {
        byte[] file = (COUNTRY_HEADER + "BD,0.76," + INDEX + ",SVI-2032,Southern Asia\nIN,0.62," + INDEX
                + ",SVI-2032,Southern Asia\n").getBytes(StandardCharsets.UTF_8);
        // what the first batch of a failed import leaves: a pending edition with part of the rows, never current
        execute("INSERT INTO reference_edition (dataset, edition, source, verified, file_checksum, created_at)"
                + " VALUES ('country-risk', 'SVI-2032', '" + INDEX + "', TRUE, '" + sha256(file) + "', NOW(6))");
        long pending = count("SELECT MAX(id) FROM reference_edition");
        execute("INSERT INTO country_risk_entry (edition_id, country, score, region, source) VALUES (" + pending
                + ", 'BD', 0.76, 'Southern Asia', '" + INDEX + "')");
        assertEquals("SVI-2030", contribution(risk(supplier("Comilla Leather Ltd", "BD", List.of())), "I.country")
                .get("edition").getStringValue(), "a pending edition is never used");

        Api.Response job = feeds.importFile("country-risk", admin, "svi-2032.csv", file);

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        assertEquals(pending, count("SELECT id FROM reference_edition WHERE edition = 'SVI-2032'"), "the same edition, completed");
        assertEquals(2, count("SELECT row_count FROM reference_edition WHERE id = " + pending));
        assertEquals(1, count("SELECT COUNT(*) FROM reference_edition WHERE id = " + pending + " AND loaded_at IS NOT NULL"));
    }

    @Test
    @Order(8)
    void aGoodsListEditionAddsTheGoodsContributionWhereCountryAndGoodMatch() {
        long supplier = supplier("Cox's Bazar Jute Ltd", "BD", List.of("Jute Sacks"));
        long elsewhere = supplier("Hanoi Jute JSC", "VN", List.of("Jute Sacks"));
        assertEquals(0.0, contribution(risk(supplier), "I.goods").get("points").getDoubleValue(), "not on ILAB's 2022 list");

        Api.Response job = feeds.importFile("goods-list", admin, "ilab-2026.csv", "Country,Good,Child Labor,Forced Labor\n"
                + "Bangladesh,Jute Sacks,X,X\n"
                + "Burma,Jade,X,X\n"
                + "\"Congo, Democratic Republic of the\",Cobalt Ore (heterogenite),X,\n");

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        JsonNode rescored = awaitSnapshotNaming(supplier, "ilab-2026.csv");
        assertTrue(rescored.get("reason").getStringValue().startsWith("reference edition goods-list ilab-2026.csv, imported "),
                rescored::toString);
        JsonNode goods = contribution(risk(supplier), "I.goods");
        assertEquals(13.0, goods.get("points").getDoubleValue(), 1e-9, "forced and child labour: " + goods);
        assertEquals("US DOL ILAB List of Goods", goods.get("source").getStringValue());
        assertTrue(goods.get("edition").getStringValue().startsWith("ilab-2026.csv, imported "), goods::toString);
        assertTrue(editionsUsed(risk(supplier)).stream().anyMatch(e -> e.startsWith("goods-list ilab-2026.csv") && e.endsWith("verified")));
        assertEquals(0.0, contribution(risk(elsewhere), "I.goods").get("points").getDoubleValue(), "listed for BD, not VN");
    }

    @Test
    @Order(9)
    void onlyAnAdminMayUploadAReferenceEdition() {
        Api.Response refused = api.upload("api/feeds/country-risk/uploads", auditor, "svi.csv",
                (COUNTRY_HEADER + "BD,0.9," + INDEX + ",SVI-HACK,\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(403, refused.status(), refused::toString);
        assertEquals(0, count("SELECT COUNT(*) FROM reference_edition WHERE edition = 'SVI-HACK'"));
    }

    @Test
    @Order(10)
    void loadedEditionsAreListedNewestFirstWithTheJobThatLoadedThem() {
        Api.Response list = api.get("/api/reference-editions", auditor);

        assertEquals(200, list.status(), list::toString);
        JsonNode newest = list.body().values().iterator().next();
        assertEquals("goods-list", newest.get("dataset").getStringValue(), list::toString);
        assertTrue(newest.get("verified").getBooleanValue());
        assertEquals(3, newest.get("rowCount").getLongValue());
        assertFalse(newest.get("importJobId").isNull(), list::toString);
        List<String> names = new ArrayList<>();
        list.body().values().forEach(e -> names.add(e.get("edition").getStringValue()));
        assertTrue(names.containsAll(List.of("SVI-2026", "SVI-2027", "SVI-2028", "SVI-2029", "SVI-2030", "SVI-2032")), names::toString);
        assertFalse(names.contains("SVI-X"), "a file with no usable row is no edition");
    }

    /** Explanations name editions, so two editions of one dataset never share a name. */
    @Test
    @Order(11)
    void aDifferentFileClaimingALoadedEditionsNameIsRefusedAndLoadsNothing() {
        long editions = count("SELECT COUNT(*) FROM reference_edition");

        Api.Response job = feeds.importFile("country-risk", admin, "svi-2030-corrected.csv", COUNTRY_HEADER
                + "BD,0.81," + INDEX + ",SVI-2030,Southern Asia\n");

        assertEquals("FAILED", job.text("status"), job::toString);
        assertTrue(job.text("reason").contains("country-risk edition 'SVI-2030' is already loaded"), job::toString);
        assertEquals(editions, count("SELECT COUNT(*) FROM reference_edition"), "no pending edition left behind");
        assertEquals(1, count("SELECT COUNT(*) FROM reference_edition WHERE edition = 'SVI-2030'"));
        assertEquals("SVI-2032", contribution(risk(supplier("Rangpur Jute Mills Ltd", "BD", List.of())), "I.country")
                .get("edition").getStringValue(), "the current edition stays");
    }

    @Test
    @Order(12)
    void aGoodsListFileOfTheSameNameTheSameDayIsAnEditionOfItsOwn() {
        Api.Response job = feeds.importFile("goods-list", admin, "ilab-2026.csv", "Country,Good,Child Labor,Forced Labor\n"
                + "Bangladesh,Dried Fish,X,X\n" + "Burma,Jade,X,X\n" + "India,Bricks,X,X\n");

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        String first = jdbcString("SELECT edition FROM reference_edition WHERE dataset = 'goods-list'"
                + " AND edition LIKE 'ilab-2026.csv%' ORDER BY id LIMIT 1");
        assertEquals(first + " (2)", jdbcString("SELECT edition FROM reference_edition WHERE dataset = 'goods-list'"
                + " ORDER BY id DESC LIMIT 1"));
    }

    private long supplier(String name, String country, List<String> goods) {
        Api.Response r = api.post("/api/suppliers", auditor, Map.of("name", name, "country", country,
                "sectors", List.of("1410"), "goods", goods));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("supplier").get("id").getLongValue();
    }

    private JsonNode risk(long supplier) {
        Api.Response r = api.get("/api/suppliers/" + supplier + "/risk", auditor);
        assertEquals(200, r.status(), r::toString);
        return r.body();
    }

    private JsonNode history(long supplier) {
        return api.get("/api/suppliers/" + supplier + "/risk/history", auditor).body();
    }

    /** Rescoring after an edition runs in the background: wait for the snapshot it writes. */
    private JsonNode awaitSnapshotNaming(long supplier, String edition) {
        return await("a snapshot of supplier " + supplier + " naming " + edition).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> snapshotNaming(supplier, edition), Optional::isPresent).orElseThrow();
    }

    private Optional<JsonNode> snapshotNaming(long supplier, String edition) {
        for (JsonNode entry : history(supplier).values()) {
            if (snapshotJson(entry.get("snapshotId").getLongValue()).contains(edition)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static JsonNode contribution(JsonNode assessment, String rule) {
        for (JsonNode c : assessment.get("contributions").values()) {
            if (c.get("rule").getStringValue().equals(rule)) {
                return c;
            }
        }
        return fail("no " + rule + " contribution in " + assessment);
    }

    private static List<String> editionsUsed(JsonNode assessment) {
        List<String> used = new ArrayList<>();
        assessment.get("editionsUsed").values().forEach(e -> used.add(e.get("dataset").getStringValue() + " "
                + e.get("edition").getStringValue() + (e.get("verified").getBooleanValue() ? " verified" : " unverified")));
        return used;
    }

    /** A stored snapshot as it was written, read straight from the database. */
    private String snapshotJson(long snapshotId) {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT assessment_packing, assessment_packed FROM risk_snapshot WHERE id = " + snapshotId)) {
            assertTrue(rs.next(), "snapshot " + snapshotId);
            return new String(AssessmentPacking.unpack(rs.getString(1), rs.getBytes(2)), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String jdbcString(String sql) {
        try (Connection c = database.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
