package org.clearchain.feed;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agency-register feed end to end: uploads and the inbox, jobs, rejected rows, and the register they change. */
class AgencyRegisterFeedTest extends ApiTest {

    private static final String HEADER = "licence_number,agency_name,registration_number,country,status,valid_from,valid_until,scope,address,sectors\n";

    private final Path inbox = createTempDirectory("inbox");
    @Inject
    CamelContext camel;
    private String officer;
    private FeedFixture feeds;

    private long inboxAuthority;

    @Override
    protected Map<String, String> extraProperties() {
        // The inbox imports for the demo's licensing authority, whose id exists only once the application has started:
        // the second id the fresh organisation table hands out, checked against the id the API returns in logIn().
        inboxAuthority = nthNewId(2);
        return Map.of("clearchain.feeds.inbox", inbox.toString(),
                "clearchain.feeds.uploads", createTempDirectory("uploads").toString(),
                "clearchain.feeds.sources.agency-register.organisation-id", Long.toString(inboxAuthority));
    }

    @BeforeAll
    void logIn() {
        officer = api.login("licensing");
        feeds = new FeedFixture(api);
        assertEquals(inboxAuthority, new AdminFixture(api, api.login("admin")).organisationNamed("National Labour Licensing Authority"),
                "the demo's licensing authority should be the second organisation created");
    }

    /** The n-th id an empty table of this server hands out: auto_increment_offset + (n - 1) × increment (Galera sets both). */
    private long nthNewId(int n) {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@auto_increment_offset, @@auto_increment_increment")) {
            rs.next();
            long offset = rs.getLong(1);
            long increment = rs.getLong(2);
            // an offset above the increment is ignored by the server
            return (offset > increment ? 1 : offset) + (n - 1) * increment;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void goodRowsGoInAndBadRowsAreListedWithTheirLineNumbers() {
        Api.Response job = feeds.importFile("agency-register", officer, "register.csv", HEADER
                + "PL-A-0001,Agencja Pracy Łódź,PL-0001,PL,ACTIVE,2026-01-01,2029-12-31,Seasonal work,ul. Piotrkowska 1,0111;0113\n"
                + "PL-A-0002,Agencja Pracy Kraków,PL-0002,PL,SUSPENDED,2026-01-01,2029-12-31,,,\n"
                + "PL-A-0003,Nowhere Agency,XX-0003,XX,ACTIVE,2026-01-01,2029-12-31,,,\n"
                + "PL-A-0004,Agencja Pracy Gdańsk,PL-0004,PL,ACTIVE,2026-01-01,2029-12-31,,,9999\n"
                + "PL-A-0005,Agencja Pracy Poznań,PL-0005,PL,ACTIVE,2026-01-01,2029-12-31,,,4100\n"
                + "PL-A-0006,Agencja Pracy Lublin,PL-0006,PL,ACTIVE");

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        JsonNode counts = job.body().get("counts");
        assertEquals(6, counts.get("read").getLongValue());
        assertEquals(3, counts.get("created").getLongValue());
        assertEquals(3, counts.get("rejected").getLongValue());
        List<String> rejected = new ArrayList<>();
        job.body().get("rejectedRows").values().forEach(r -> rejected.add(r.get("line").getLongValue() + ": " + r.get("reason").getStringValue()));
        assertEquals(3, rejected.size(), rejected::toString);
        assertTrue(rejected.get(0).startsWith("4: country 'XX'"), rejected::toString);
        assertTrue(rejected.get(1).startsWith("5: sector '9999'"), rejected::toString);
        assertTrue(rejected.get(2).startsWith("7: the row has 5 fields"), rejected::toString);

        Api.Response verified = api.get("/api/public/licences/PL-A-0001", null);
        assertEquals(200, verified.status(), verified::toString);
        assertEquals("Agencja Pracy Łódź", verified.text("agencyName"));
        assertEquals(1, count("SELECT COUNT(*) FROM licence_event e JOIN licence l ON l.id = e.licence_id"
                + " WHERE l.number = 'PL-A-0002' AND e.action = 'IMPORT' AND e.to_status = 'SUSPENDED'"));
    }

    @Test
    void theSameFileTwiceImportsNothingTwice() {
        String file = HEADER + "DUP-0001,Twice Agency,TW-0001,RO,ACTIVE,2026-01-01,2029-12-31,,,\n";
        Api.Response first = feeds.importFile("agency-register", officer, "twice.csv", file);
        long licencesAfterFirst = count("SELECT COUNT(*) FROM licence");

        Api.Response second = feeds.importFile("agency-register", officer, "twice-renamed.csv", file);

        assertEquals("SUCCEEDED", first.text("status"));
        assertEquals("DUPLICATE", second.text("status"), second::toString);
        assertEquals(first.number("id"), second.number("duplicateOf"));
        assertEquals(licencesAfterFirst, count("SELECT COUNT(*) FROM licence"));
    }

    @Test
    void theSameRowsInAnotherFileAreUnchanged() {
        String rows = "SAME-0001,Same Agency,SA-0001,RO,ACTIVE,2026-01-01,2029-12-31,,,\n";
        feeds.importFile("agency-register", officer, "same.csv", HEADER + rows);

        Api.Response again = feeds.importFile("agency-register", officer, "same-with-a-comment.csv", HEADER + rows + "\n");

        assertEquals("SUCCEEDED", again.text("status"), again::toString);
        assertEquals(1, again.body().get("counts").get("unchanged").getLongValue(), again::toString);
        assertEquals(0, again.body().get("counts").get("created").getLongValue());
    }

    @Test
    void aStatusChangeMovesThroughTheLifecycleAndAnIllegalOneIsRefused() {
        feeds.importFile("agency-register", officer, "before.csv", HEADER
                + "MOVE-0001,Moving Agency,MV-0001,RO,ACTIVE,2026-01-01,2029-12-31,,,\n"
                + "MOVE-0002,Revoked Agency,MV-0002,RO,REVOKED,2026-01-01,2029-12-31,,,\n");

        Api.Response after = feeds.importFile("agency-register", officer, "after.csv", HEADER
                + "MOVE-0001,Moving Agency,MV-0001,RO,REVOKED,2026-01-01,2029-12-31,,,\n"
                + "MOVE-0002,Revoked Agency,MV-0002,RO,ACTIVE,2026-01-01,2029-12-31,,,\n");

        assertEquals(1, after.body().get("counts").get("updated").getLongValue(), after::toString);
        JsonNode refused = after.body().get("rejectedRows").get(0);
        assertEquals(3, refused.get("line").getLongValue());
        assertTrue(refused.get("reason").getStringValue().contains("REVOKED and cannot become ACTIVE"), refused::toString);
        Api.Response events = api.get("/api/licences/MOVE-0001/events", officer);
        JsonNode last = events.body().get(events.body().size() - 1);
        assertEquals("REVOKE", last.get("action").getStringValue(), events::toString);
        assertTrue(last.get("actor").getStringValue().startsWith("feed:agency-register"), events::toString);
        assertEquals("REVOKED", api.get("/api/public/licences/MOVE-0002", null).text("status"));
    }

    @Test
    void aHeaderSplitBySemicolonsIsRefusedWithTheDelimiterNamed() {
        Api.Response job = feeds.importFile("agency-register", officer, "semicolons.csv",
                HEADER.replace(',', ';') + "X;Y;Z;RO;ACTIVE;2026-01-01;2029-12-31;;;\n");

        assertEquals("FAILED", job.text("status"));
        assertTrue(job.text("reason").contains("separated by ';'"), job::toString);
    }

    @Test
    void aJsonFileIsRefusedNamingTheCsvHeaderItNeeds() {
        Api.Response job = feeds.importFile("agency-register", officer, "register.csv",
                "[{\"licence_number\": \"JS-0001\", \"agency_name\": \"Json Agency\", \"country\": \"RO\"}]\n");

        assertEquals("FAILED", job.text("status"));
        assertTrue(job.text("reason").contains("expected CSV with header licence_number,agency_name,registration_number,"
                + "country,status,valid_from,valid_until,scope,address,sectors"), job::toString);
        assertTrue(job.text("reason").contains("looks like JSON"), job::toString);
        assertFalse(job.text("reason").contains("encapsulated token"), job::toString);
    }

    @Test
    void aHeaderWithAQuoteLeftOpenIsRefusedInWords() {
        Api.Response job = feeds.importFile("agency-register", officer, "quote.csv", "\"licence_number\"x,agency_name\nA,B\n");

        assertEquals("FAILED", job.text("status"));
        assertTrue(job.text("reason").contains("expected CSV with header licence_number,"), job::toString);
        assertFalse(job.text("reason").contains("encapsulated token"), job::toString);
    }

    @Test
    void aLatin1FileIsRefusedBeforeAnyRowGoesIn() {
        long before = count("SELECT COUNT(*) FROM licence");
        byte[] latin1 = (HEADER + "LAT-0001,Agence Générale,LA-0001,FR,ACTIVE,2026-01-01,2029-12-31,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        Api.Response job = feeds.importFile("agency-register", officer, "latin1.csv", latin1);

        assertEquals("FAILED", job.text("status"));
        assertTrue(job.text("reason").contains("not valid UTF-8 (line 2)"), job::toString);
        assertEquals(before, count("SELECT COUNT(*) FROM licence"));
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("register.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        Api.Response job = feeds.importFile("agency-register", officer, "bomb.zip", zipped.toByteArray());

        assertEquals("FAILED", job.text("status"));
        assertTrue(job.text("reason").contains("zip bomb"), job::toString);
    }

    @Test
    void aZippedRegisterImports() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("register.csv"));
            zip.write((HEADER + "ZIP-0001,Zipped Agency,ZP-0001,RO,ACTIVE,2026-01-01,2029-12-31,,,\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Api.Response job = feeds.importFile("agency-register", officer, "register.zip", zipped.toByteArray());

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        assertEquals(1, job.body().get("counts").get("created").getLongValue());
    }

    @Test
    void onlyALicensingOfficerMayUploadARegister() {
        Api.Response refused = api.upload("/api/feeds/agency-register/uploads", api.login("auditor.a"), "x.csv",
                HEADER.getBytes(StandardCharsets.UTF_8));

        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"));
    }

    @Test
    void aFileDroppedInTheInboxIsImportedAndMovedToDone() throws IOException {
        Path folder = inbox.resolve("agency-register");
        Files.createDirectories(folder);
        NotifyBuilder done = inboxDone();

        Files.writeString(folder.resolve("dropped.csv"), HEADER + "INBOX-0001,Inbox Agency,IN-0001,RO,ACTIVE,2026-01-01,2029-12-31,,,\n");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the inbox route should take the file");
        assertTrue(Files.exists(folder.resolve(".done/dropped.csv")));
        assertEquals(200, api.get("/api/public/licences/INBOX-0001", null).status());
        Api.Response jobs = api.get("/api/feeds/agency-register/jobs", officer);
        assertEquals("INBOX", jobs.body().get(0).get("source").getStringValue(), jobs::toString);
    }

    @Test
    void anUnreadableFileDroppedInTheInboxGoesToFailedWithItsReason() throws IOException {
        Path folder = inbox.resolve("agency-register");
        Files.createDirectories(folder);
        NotifyBuilder done = inboxDone();

        Files.writeString(folder.resolve("wrong.csv"), "name;country\nA;B\n");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the inbox route should take the file");
        assertTrue(Files.exists(folder.resolve(".failed/wrong.csv")));
        String reason = Files.readString(folder.resolve(".failed/wrong.csv.reason.txt"));
        assertTrue(reason.contains("the header does not match"), reason);
    }

    @Test
    void aRevocationDroppedInTheInboxTurnsTheSuppliersUsingTheAgencyHigh() throws IOException {
        String auditor = api.login("auditor.a");
        var register = new org.clearchain.testing.RegisterFixture(api, officer);
        Map<String, Object> agencyBody = org.clearchain.testing.RegisterFixture.agencyBody("Inbox Revoked Agency", "FR");
        long agency = api.post("/api/agencies", officer, agencyBody).number("id");
        String licence = register.activeLicenceFor(agency);
        long supplier = api.post("/api/suppliers", auditor, Map.of("name", "Inbox Revocation Knitwear", "country", "BD",
                "sectors", List.of("1410"))).body().get("supplier").get("id").getLongValue();
        api.post("/api/suppliers/" + supplier + "/agency-uses", auditor, Map.of("licenceNumber", licence, "workforceShare", 40,
                "lastPlacementDate", java.time.LocalDate.now().minusMonths(1).toString()));
        String before = api.get("/api/suppliers/" + supplier + "/risk", auditor).text("band");
        JsonNode stored = api.get("/api/licences/" + licence, officer).body();
        Path folder = inbox.resolve("agency-register");
        Files.createDirectories(folder);
        NotifyBuilder done = inboxDone();

        Files.writeString(folder.resolve("revocations.csv"), HEADER + licence + ",Inbox Revoked Agency,"
                + agencyBody.get("registrationNumber") + ",FR,REVOKED," + stored.get("validFrom").getStringValue() + ","
                + stored.get("validUntil").getStringValue() + ",Placement of agricultural workers,,0111\n");
        assertTrue(done.matches(30, TimeUnit.SECONDS), "the inbox route should take the file");
        assertTrue(Files.exists(folder.resolve(".done/revocations.csv")));

        JsonNode after = api.get("/api/suppliers/" + supplier + "/risk", auditor).body();
        assertTrue(List.of("LOW", "MEDIUM").contains(before), before);
        assertEquals("HIGH", after.get("band").getStringValue(), after::toString);
        List<String> floors = new ArrayList<>();
        after.get("floors").values().forEach(f -> floors.add(f.get("rule").getStringValue()));
        assertTrue(floors.contains("R4"), after::toString);
        assertEquals("REVOKED", api.get("/api/public/licences/" + licence, null).text("status"));
    }

    @Test
    void feedsListTheirSourceAndHealth() {
        Api.Response list = api.get("/api/feeds", officer);

        assertEquals(200, list.status(), list::toString);
        JsonNode register = list.body().values().iterator().next();
        assertEquals("agency-register", register.get("feed").getStringValue());
        assertTrue(register.get("mayUpload").getBooleanValue());
        assertTrue(register.get("inbox").getStringValue().endsWith("agency-register"));
    }

    /** Done when the inbox route has finished with the next file dropped, imported or not. */
    private NotifyBuilder inboxDone() {
        return new NotifyBuilder(camel).fromRoute("agency-register-inbox").whenDone(1).create();
    }

    private static Path createTempDirectory(String prefix) {
        try {
            return Files.createTempDirectory("clearchain-" + prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
