package org.clearchain.web;

import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Console;
import org.clearchain.testing.Percentiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

/**
 * Issue 18's benchmark for the officer's pages, run with {@code -Pbench} (see docs/performance.md): 100,000 licences of
 * 50,000 agencies in the officer's own register, then the agency list page ({@code /officer/agencies}, 20 a page, each
 * agency with its licences) timed side by side with the API call it stands beside ({@code GET /api/agencies}, same page
 * size), alternating, both over HTTP on the same server. The register is written in two set-based statements: the
 * lists are what is measured, and registering 50,000 agencies one by one through the service would take most of an
 * hour on this machine.
 */
@Tag("bench")
class OfficerAgencyListBench extends ApiTest {

    private static final int AGENCIES = Integer.getInteger("bench.agencies", 50_000);
    private static final int WARMUP = 20;
    private static final int ROUNDS = 60;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("datasources.default.maximum-pool-size", "4");
    }

    @Test
    void agencyListPageBesideTheApi() {
        long authority = count("SELECT id FROM organisation WHERE name = 'National Labour Licensing Authority'");
        long start = System.nanoTime();
        execute("""
                INSERT INTO agency (authority_id, legal_name, registration_number, country, sectors, corridors, created_at, updated_at)
                SELECT %d, CONCAT(ELT(1 + seq %% 6, 'Agence ', 'Agencia ', 'Łódź ', 'Bench ', 'Société ', 'Recruit '), 'Emploi ',
                       LPAD(seq, 6, '0')), CONCAT('BENCH-', seq), ELT(1 + seq %% 4, 'NP', 'FR', 'BD', 'PH'), '["0111"]', '[]',
                       NOW(6), NOW(6)
                FROM seq_1_to_%d""".formatted(authority, AGENCIES));
        execute("""
                INSERT INTO licence (number, agency_id, authority_id, scope, valid_from, valid_until, status, created_at, updated_at)
                SELECT CONCAT('CC-', 2018 + n.seq, '-', LPAD(a.id % 1000000, 6, '0')), a.id, a.authority_id, 'Placement',
                       '2024-01-01', IF(n.seq = 1, '2025-12-31', '2028-12-31'),
                       IF(n.seq = 1, ELT(1 + a.id % 3, 'EXPIRED', 'REVOKED', 'SURRENDERED'),
                          ELT(1 + a.id % 4, 'ACTIVE', 'ACTIVE', 'SUSPENDED', 'PENDING')), NOW(6), NOW(6)
                FROM agency a JOIN seq_1_to_2 n WHERE a.registration_number LIKE 'BENCH-%'""");
        execute("ANALYZE TABLE agency, licence");
        long licences = count("SELECT COUNT(*) FROM licence WHERE authority_id = " + authority);
        System.out.printf("INFO officer-agency-list agencies=%d licences=%d (authority's) written in %.1f s%n",
                AGENCIES, licences, (System.nanoTime() - start) / 1e9);

        String base = server.getURL().toString();
        Console officer = new Console(URI.create(base + "/"));
        officer.signIn("licensing", "demo-licensing");
        String token = api.login("licensing");
        measure("officer-agency-list", officer, "/officer/agencies", token, "/api/agencies?size=20");
        measure("officer-agency-search", officer, "/officer/agencies?q=societe+emploi+0012", token,
                "/api/agencies?size=20&q=societe+emploi+0012");
    }

    private void measure(String name, Console officer, String page, String token, String apiPath) {
        Console.Page first = officer.get(page);
        if (first.status() != 200 || !first.html().contains("id=\"agencies\"")) {
            throw new AssertionError("the page did not list agencies: " + first.status());
        }
        if (api.get(apiPath, token).status() != 200) {
            throw new AssertionError("the API did not answer");
        }
        double[] pageMs = new double[ROUNDS];
        double[] apiMs = new double[ROUNDS];
        for (int i = -WARMUP; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            int status = officer.get(page).status();
            long t1 = System.nanoTime();
            int apiStatus = api.get(apiPath, token).status();
            long t2 = System.nanoTime();
            if (status != 200 || apiStatus != 200) {
                throw new AssertionError(name + ": " + status + " / " + apiStatus);
            }
            if (i >= 0) {
                pageMs[i] = (t1 - t0) / 1e6;
                apiMs[i] = (t2 - t1) / 1e6;
            }
        }
        report(name + "-median", Percentiles.of(pageMs, 50), Percentiles.of(apiMs, 50));
        report(name + "-p95", Percentiles.of(pageMs, 95), Percentiles.of(apiMs, 95));
    }

    private static void report(String name, double value, double baseline) {
        System.out.printf("BENCH %s value=%.2f unit=ms baseline=%.2f ratio=%.2f goal=<100ms %s%n",
                name, value, baseline, value / baseline, value < 100 ? "PASS" : "FAIL");
    }
}
