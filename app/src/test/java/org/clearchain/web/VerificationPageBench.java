package org.clearchain.web;

import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 18's benchmark, run with {@code -Pbench} (see docs/performance.md): the public verification page
 * ({@code GET /verify/{number}}, HTML) against the JSON verification endpoint ({@code GET /api/public/licences/{number}})
 * of the same server, measured alternately in the same run. 100,000 seeded licences, a random existing number per
 * request, {@code bench.clients} client threads (16) of the JDK's HTTP client in this JVM, warm-up turns, then
 * {@code bench.rounds} (3) rounds of {@code bench.seconds} (10) per endpoint, the page first in every other round.
 * Goal: the page at >= 0.5 × the JSON's requests per second, its p99 under 50 ms.
 */
@Tag("bench")
class VerificationPageBench extends ApiTest {

    private static final int LICENCES = Integer.getInteger("bench.licences", 100_000);
    private static final int AGENCIES = 1_000;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int WARMUP_SECONDS = 5;
    private static final int WARMUP_TURNS = 2;
    /** A year of its own, so that the seeded numbers never meet the demo's. */
    private static final String PREFIX = "CC-2090-";

    private static final String DIGITS = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL"
            + " SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
    private static final String NUMBERS = "(SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n"
            + " FROM " + DIGITS + " a, " + DIGITS + " b, " + DIGITS + " c, " + DIGITS + " e, " + DIGITS + " f, " + DIGITS + " g) nums";

    @Override
    protected Map<String, String> extraProperties() {
        // one client address for every request: the per-address limit is counted, but never reached
        return Map.of("clearchain.limits.verifications-per-address.capacity", "1000000000");
    }

    private record Result(double rps, double p99, long requests, long failures) {
    }

    @Test
    void verificationPageAgainstTheJsonEndpoint() throws Exception {
        seed();
        String base = server.getURL().toString();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        check(client, base + "/verify/" + number(LICENCES), "text/html", "VALID");
        check(client, base + "/api/public/licences/" + number(LICENCES), "application/json", "\"number\"");

        for (int w = 0; w < WARMUP_TURNS; w++) {
            measure(client, base + "/api/public/licences/", "application/json", WARMUP_SECONDS);
            measure(client, base + "/verify/", "text/html", WARMUP_SECONDS);
        }
        List<Result> json = new ArrayList<>();
        List<Result> page = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            // each takes its turn going first, so a drift of the machine's load favours neither
            if (r % 2 == 0) {
                json.add(measure(client, base + "/api/public/licences/", "application/json", SECONDS));
                page.add(measure(client, base + "/verify/", "text/html", SECONDS));
            } else {
                page.add(measure(client, base + "/verify/", "text/html", SECONDS));
                json.add(measure(client, base + "/api/public/licences/", "application/json", SECONDS));
            }
            System.out.printf("INFO round %d: json %.0f req/s p99 %.2f ms, page %.0f req/s p99 %.2f ms%n", r + 1,
                    json.get(r).rps(), json.get(r).p99(), page.get(r).rps(), page.get(r).p99());
        }
        double jsonRps = mean(json, Result::rps);
        double pageRps = mean(page, Result::rps);
        double jsonP99 = mean(json, Result::p99);
        double pageP99 = mean(page, Result::p99);
        long failures = page.stream().mapToLong(Result::failures).sum() + json.stream().mapToLong(Result::failures).sum();
        System.out.printf("INFO %d licences, %d client threads, %d round(s) of %d s per endpoint, %d failed request(s)%n",
                LICENCES, CLIENTS, ROUNDS, SECONDS, failures);
        System.out.printf("BENCH verification-page-rps value=%.0f unit=req/s baseline=%.0f ratio=%.3f goal=>=0.5 %s%n",
                pageRps, jsonRps, pageRps / jsonRps, pageRps / jsonRps >= 0.5 && failures == 0 ? "PASS" : "FAIL");
        System.out.printf("BENCH verification-page-p99 value=%.2f unit=ms baseline=%.2f ratio=%.3f goal=<50ms %s%n",
                pageP99, jsonP99, pageP99 / jsonP99, pageP99 < 50 ? "PASS" : "FAIL");
    }

    private static String number(int n) {
        return PREFIX + String.format("%06d", n);
    }

    /** One authority, 1,000 agencies, 100,000 licences (mostly active, some of every other status), set-based. */
    private void seed() {
        execute("INSERT INTO organisation (name, kind, country, created_at)"
                + " VALUES ('Bench Licensing Authority', 'LICENSING_AUTHORITY', 'PH', UTC_TIMESTAMP(6))");
        long authority = count("SELECT MAX(id) FROM organisation WHERE name = 'Bench Licensing Authority'");
        execute("INSERT INTO agency (authority_id, legal_name, registration_number, country, address, sectors, corridors,"
                + " created_at, updated_at)"
                + " SELECT " + authority + ", CONCAT('Bench Recruitment Agency ', n), CONCAT('BENCH-', LPAD(n, 6, '0')),"
                + " ELT(1 + n % 4, 'PH', 'NP', 'BD', 'ID'), CONCAT(n, ' Bench Street'), '[\"0111\"]', '[]',"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM " + NUMBERS + " WHERE n <= " + AGENCIES);
        long firstAgency = count("SELECT MIN(id) FROM agency WHERE registration_number = 'BENCH-000001'");
        execute("INSERT INTO licence (number, agency_id, authority_id, scope, valid_from, valid_until, conditions, status,"
                + " created_at, updated_at)"
                + " SELECT CONCAT('" + PREFIX + "', LPAD(n, 6, '0')), " + firstAgency + " + (n - 1) % " + AGENCIES + ", "
                + authority + ", 'Recruitment and placement of workers abroad', CURDATE() - INTERVAL (n % 700) DAY,"
                + " CASE WHEN n % 20 = 7 THEN CURDATE() - INTERVAL 1 DAY ELSE CURDATE() + INTERVAL (365 + n % 700) DAY END,"
                + " NULL, CASE n % 20 WHEN 1 THEN 'PENDING' WHEN 2 THEN 'SUSPENDED' WHEN 3 THEN 'REVOKED'"
                + " WHEN 4 THEN 'SURRENDERED' WHEN 5 THEN 'EXPIRED' WHEN 6 THEN 'REJECTED' ELSE 'ACTIVE' END,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM " + NUMBERS + " WHERE n <= " + LICENCES);
        execute("ANALYZE TABLE organisation, agency, licence");
        long seeded = count("SELECT COUNT(*) FROM licence WHERE number LIKE '" + PREFIX + "%'");
        if (seeded != LICENCES) {
            throw new AssertionError("seeded " + seeded + " licences, expected " + LICENCES);
        }
    }

    private static void check(HttpClient client, String url, String accept, String expected) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains(expected)) {
            throw new AssertionError(url + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** {@link #CLIENTS} threads, each sending its next request when the last is answered, for {@code seconds}. */
    private static Result measure(HttpClient client, String prefix, String accept, int seconds) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(threads.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    String url = prefix + number(ThreadLocalRandom.current().nextInt(1, LICENCES + 1));
                    long t0 = System.nanoTime();
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                            .build(), HttpResponse.BodyHandlers.discarding());
                    long t1 = System.nanoTime();
                    if (r.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = t1 - t0;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double p99 = latencies.length == 0 ? Double.NaN : latencies[(int) Math.min(latencies.length - 1,
                Math.ceil(latencies.length * 0.99) - 1)] / 1e6;
        return new Result(latencies.length / elapsed, p99, latencies.length, failures.get());
    }

    private static double mean(List<Result> results, java.util.function.ToDoubleFunction<Result> figure) {
        return results.stream().mapToDouble(figure).average().orElse(Double.NaN);
    }
}
