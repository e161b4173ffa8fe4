package org.clearchain.feed;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Issue 7's import benchmark, run with {@code -Pbench} (see docs/performance.md). A 1,000,000-row agency-register
 * CSV is imported by the application running in its own JVM with {@code -Xmx256m}, uploaded like any client
 * would; its time from upload to the job's end is compared with the schema's own floor (issue 15): MariaDB's
 * {@code LOAD DATA} of the same rows into the real tables with their indexes and foreign keys, measured before and
 * after in the same run. {@code LOAD DATA LOCAL INFILE} of the file into a bare table, also before and after, stays
 * printed beside it for reference. Then the same file is uploaded again: it must finish in under 10 % of the first
 * import's time and change nothing.
 */
@Tag("bench")
class AgencyRegisterImportBench {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    private static final String HEADER = "licence_number,agency_name,registration_number,country,status,valid_from,"
            + "valid_until,scope,address,sectors";
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void millionRowRegister() throws Exception {
        TestDatabases.Database db = TestDatabases.fresh();
        Path file = Files.createTempFile("clearchain-register-", ".csv");
        generate(file);
        System.out.printf("INFO generated %,d rows, %.1f MB%n", ROWS, Files.size(file) / 1e6);

        double loadData1 = loadData(db, file);
        int port = freePort();
        Process app = startApp(db, port);
        try {
            double floor1 = loadIntoSchema(db);
            String token = login(port);
            long t0 = System.nanoTime();
            JsonNode first = importFile(port, token, file);
            double firstWall = (System.nanoTime() - t0) / 1e9;
            double firstSeconds = first.get("durationMillis").getLongValue() / 1e3;
            long licences = count(db, "SELECT COUNT(*) FROM licence");
            System.out.printf("INFO first import: job %d %s, counts %s, job %.1f s, with upload %.1f s; %,d licences stored%n",
                    first.get("id").getLongValue(), first.get("status").getStringValue(), JSON.writeValueAsString(first.get("counts")), firstSeconds, firstWall, licences);

            long t1 = System.nanoTime();
            JsonNode second = importFile(port, token, file);
            double secondWall = (System.nanoTime() - t1) / 1e9;
            double secondSeconds = second.get("durationMillis").getLongValue() / 1e3;
            long licencesAfter = count(db, "SELECT COUNT(*) FROM licence");
            long eventsAfter = count(db, "SELECT COUNT(*) FROM licence_event");
            System.out.printf("INFO second import: %s, job %.2f s, with upload %.1f s; licences %,d → %,d, events %,d%n",
                    second.get("status").getStringValue(), secondSeconds, secondWall, licences, licencesAfter, eventsAfter);

            double loadData2 = loadData(db, file);
            double baseline = (loadData1 + loadData2) / 2;
            double floor2 = loadIntoSchema(db);
            double floor = (floor1 + floor2) / 2;
            // wall times from the start of the upload to the job's end: the checksum and the upload count too
            double feedRate = ROWS / firstWall;
            double bareRate = ROWS / baseline;
            double floorRate = ROWS / floor;
            System.out.printf("INFO LOAD DATA LOCAL INFILE into a bare table: %.1f s and %.1f s, %.0f rows/s%n", loadData1, loadData2, bareRate);
            // the baseline: the schema's indexes and foreign keys cost this much however the rows arrive
            System.out.printf("INFO LOAD DATA of the same rows into agency, licence and licence_event (copies with every index"
                    + " and foreign key, 10,000 licences per transaction): %.1f s and %.1f s, %.0f rows/s, ratio %.2f of the bare table%n",
                    floor1, floor2, floorRate, floorRate / bareRate);
            System.out.printf("BENCH agency-register-import-rate value=%.0f unit=rows/s baseline=%.0f ratio=%.2f goal=>=0.50 %s"
                            + " (baseline: LOAD DATA into the real tables with their indexes; into a bare table %.0f rows/s, ratio %.3f)%n",
                    feedRate, floorRate, feedRate / floorRate, feedRate / floorRate >= 0.5 ? "PASS" : "FAIL", bareRate, feedRate / bareRate);
            boolean unchanged = licencesAfter == licences && "DUPLICATE".equals(second.get("status").getStringValue());
            System.out.printf("BENCH agency-register-reimport value=%.2f unit=s baseline=%.1f ratio=%.3f goal=<0.10 %s (%s)%n",
                    secondWall, firstWall, secondWall / firstWall,
                    secondWall / firstWall < 0.10 && unchanged ? "PASS" : "FAIL",
                    unchanged ? "nothing changed" : "SOMETHING CHANGED");
        } finally {
            app.destroy();
            app.waitFor();
            Files.deleteIfExists(file);
        }
    }

    /** One generated row: licence i of agency i / 4. */
    private record Row(int i, String agencyName, String country, String status, LocalDate from, String address, String sectors) {
        int agency() {
            return i / 4;
        }

        String number() {
            return String.format("BX-%07d", i);
        }

        String registration() {
            return String.format("REG-%07d", agency());
        }
    }

    /** 1,000,000 licences held by 250,000 agencies, in ten countries, every status; the same rows every time. */
    private static Iterator<Row> rows() {
        String[] countries = {"RO", "PL", "BG", "NP", "PH", "IN", "BD", "VN", "TR", "UA"};
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "REVOKED", "EXPIRED", "PENDING"};
        String[] words = {"Global", "Manpower", "Recruitment", "Services", "Human", "Resources", "Employment", "Overseas",
                "Placement", "Agency", "Workforce", "Solutions", "International", "Staffing", "Labour", "Partners"};
        Random random = new Random(7);
        return IntStream.range(0, ROWS).mapToObj(i -> {
            int agency = i / 4;
            String country = countries[agency % countries.length];
            LocalDate from = LocalDate.of(2024 + random.nextInt(3), 1 + random.nextInt(12), 1);
            String status = statuses[random.nextInt(statuses.length)];
            return new Row(i, words[agency % 16] + " " + words[(agency / 16) % 16] + " " + words[(agency / 256) % 16] + " " + agency,
                    country, status, from, (agency % 500) + " Main Street, " + country, agency % 3 == 0 ? "0111;4100" : "1410");
        }).iterator();
    }

    private static void generate(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (Iterator<Row> rows = rows(); rows.hasNext(); ) {
                Row r = rows.next();
                out.write(String.format("%s,%s,%s,%s,%s,%s,%s,Placement of workers,\"%s\",%s%n", r.number(), r.agencyName(),
                        r.registration(), r.country(), r.status(), r.from(), r.from().plusYears(3), r.address(), r.sectors()));
            }
        }
    }

    /**
     * The schema's own floor, the import's baseline, before and after the imports: LOAD DATA of the same rows, already split into agencies, licences and IMPORT events with
     * their ids, into copies of the three tables with every index and foreign key, 10,000 licences per transaction
     * as the import writes them (so parent rows are still in memory when their children's keys are checked).
     */
    private static double loadIntoSchema(TestDatabases.Database db) throws Exception {
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
        List<String> tables = List.of("agency", "licence", "licence_event");
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password()); Statement s = c.createStatement()) {
            long authority;
            try (ResultSet rs = s.executeQuery("SELECT MIN(id) FROM organisation")) {
                rs.next();
                authority = rs.getLong(1);
            }
            for (String table : List.of("licence_event", "licence", "agency")) {
                s.execute("DROP TABLE IF EXISTS bench_floor_" + table);
            }
            for (String table : tables) {
                s.execute("CREATE TABLE bench_floor_" + table + " LIKE " + table);
            }
            s.execute("ALTER TABLE bench_floor_agency ADD FOREIGN KEY (authority_id) REFERENCES organisation (id)");
            s.execute("ALTER TABLE bench_floor_licence ADD FOREIGN KEY (agency_id) REFERENCES bench_floor_agency (id),"
                    + " ADD FOREIGN KEY (authority_id) REFERENCES organisation (id)");
            s.execute("ALTER TABLE bench_floor_licence_event ADD FOREIGN KEY (licence_id) REFERENCES bench_floor_licence (id)");
            c.setAutoCommit(false);
            String at = "2026-01-01 00:00:00.000000";
            long t0 = System.nanoTime();
            Iterator<Row> rows = rows();
            while (rows.hasNext()) {
                StringBuilder agencies = new StringBuilder();
                StringBuilder licences = new StringBuilder();
                StringBuilder events = new StringBuilder();
                for (int n = 0; n < 10_000 && rows.hasNext(); n++) {
                    Row r = rows.next();
                    if (r.i() % 4 == 0) {
                        agencies.append(r.agency() + 1).append('\t').append(authority).append('\t').append(r.agencyName())
                                .append('\t').append(r.registration()).append('\t').append(r.country()).append('\t')
                                .append(r.address()).append("\t[\"").append(r.sectors().replace(";", "\",\""))
                                .append("\"]\t[]\t").append(at).append('\t').append(at).append('\n');
                    }
                    licences.append(r.i() + 1).append('\t').append(r.number()).append('\t').append(r.agency() + 1).append('\t')
                            .append(authority).append("\tPlacement of workers\t").append(r.from()).append('\t')
                            .append(r.from().plusYears(3)).append('\t').append(r.status()).append('\t').append(at).append('\t')
                            .append(at).append('\n');
                    events.append(r.i() + 1).append("\tIMPORT\t\\N\t").append(r.status()).append('\t').append(at)
                            .append("\tfeed:agency-register (job 1)\treported by register.csv, line ").append(r.i() + 2)
                            .append('\t').append(r.from().plusYears(3)).append('\n');
                }
                load(s, "bench_floor_agency (id, authority_id, legal_name, registration_number, country, address, sectors,"
                        + " corridors, created_at, updated_at)", agencies);
                load(s, "bench_floor_licence (id, number, agency_id, authority_id, scope, valid_from, valid_until, status,"
                        + " created_at, updated_at)", licences);
                load(s, "bench_floor_licence_event (licence_id, action, from_status, to_status, occurred_at, actor, reason,"
                        + " valid_until)", events);
                c.commit();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            c.setAutoCommit(true);
            for (String table : List.of("licence_event", "licence", "agency")) {
                s.execute("DROP TABLE bench_floor_" + table);
            }
            return seconds;
        }
    }

    private static void load(Statement statement, String into, StringBuilder rows) throws SQLException {
        statement.unwrap(com.mysql.cj.jdbc.JdbcStatement.class)
                .setLocalInfileInputStream(new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        statement.execute("LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + into.replaceFirst(" \\(", " CHARACTER SET utf8mb4 ("));
    }

    private static double loadData(TestDatabases.Database db, Path file) throws Exception {
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password()); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_register_load");
            s.execute("CREATE TABLE bench_register_load (licence_number VARCHAR(20), agency_name VARCHAR(255),"
                    + " registration_number VARCHAR(100), country CHAR(2), status VARCHAR(16), valid_from DATE, valid_until DATE,"
                    + " scope VARCHAR(1000), address VARCHAR(500), sectors VARCHAR(200))"
                    + " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci");
            long t0 = System.nanoTime();
            s.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE bench_register_load"
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n'"
                    + " IGNORE 1 LINES");
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bench_register_load")) {
                rs.next();
                if (rs.getLong(1) != ROWS) {
                    throw new AssertionError("LOAD DATA loaded " + rs.getLong(1) + " rows");
                }
            }
            s.execute("DROP TABLE bench_register_load");
            return seconds;
        }
    }

    private static Process startApp(TestDatabases.Database db, int port) throws Exception {
        Path work = Files.createTempDirectory("clearchain-bench-app");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        // e.g. -Dbench.appJvmArgs=-XX:StartFlightRecording=filename=/tmp/import.jfr to see where the import's time goes
        String extra = System.getProperty("bench.appJvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.clearchain.Application"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("DATASOURCES_DEFAULT_URL", db.url());
        env.put("DATASOURCES_DEFAULT_USERNAME", db.username());
        env.put("DATASOURCES_DEFAULT_PASSWORD", db.password());
        env.put("CLEARCHAIN_DEMO", "true");
        env.put("CLEARCHAIN_JWT_SECRET", "a-bench-only-secret-that-is-long-enough-for-hs256-signing");
        env.put("PORT", String.valueOf(port));
        if (System.getProperty("bench.batch") != null) {
            env.put("CLEARCHAIN_REGISTER_BATCH_SIZE", System.getProperty("bench.batch"));
        }
        // public verification keeps the newest licences in memory (200,000 by default, ~1 KiB each): in a 256 MiB
        // heap that cache, not the import, would fill the heap, so a small deployment sizes it down
        env.put("CLEARCHAIN_PUBLIC_LICENCE_CACHE_SIZE", System.getProperty("bench.cache", "20000"));
        Process app = builder.start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the application stopped; see " + work.resolve("app.log"));
            }
            try {
                var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    System.out.println("INFO application up with -Xmx256m, log in " + work.resolve("app.log"));
                    return app;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        app.destroy();
        throw new AssertionError("the application did not start within 120 s");
    }

    private String login(int port) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"licensing\",\"password\":\"demo-licensing\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readValue(response.body(), JsonNode.class).get("access_token").getStringValue();
    }

    private JsonNode importFile(int port, String token, Path file) throws Exception {
        String boundary = "----bench" + System.nanoTime();
        var body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                        + " filename=\"register.csv\"\r\nContent-Type: text/csv\r\n\r\n"),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        var accepted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/feeds/agency-register/uploads"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new AssertionError("upload refused: " + accepted.statusCode() + " " + accepted.body());
        }
        long id = JSON.readValue(accepted.body(), JsonNode.class).get("id").getLongValue();
        while (true) {
            var job = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/import-jobs/" + id + "?rejectedRows=5"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (job.statusCode() != 200) {
                throw new AssertionError("job " + id + " could not be read: " + job.statusCode() + " " + job.body());
            }
            JsonNode node = JSON.readValue(job.body(), JsonNode.class);
            String status = node.get("status").getStringValue();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return node;
            }
            Thread.sleep(250);
        }
    }

    private static long count(TestDatabases.Database db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
