package org.clearchain.stats;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An attacker on the public statistics. Two data sets (a small one in 2021, a larger one over 2022–2023) go in
 * through the API; the attacker asks for every table of up to three dimensions over several periods, subtracts every
 * coarser table from every finer one and every period from a longer one, and tries to recover a count under 5. The
 * inspector's exact tables say what the truth was. The same attack on exact counts with small cells withheld (the
 * method it replaces) succeeds, so the attack is real.
 */
class StatisticsAttackTest extends ApiTest {

    private static final List<String> DIMENSIONS = List.of("sector", "country", "year", "indicator", "sex", "ageBand");
    private static final List<String> INDICATORS = List.of("WITHHOLDING_OF_WAGES", "RETENTION_OF_IDENTITY_DOCUMENTS",
            "EXCESSIVE_OVERTIME", "DEBT_BONDAGE");
    /** Periods, and which period is another minus a third (longer = shorter + rest). */
    private static final List<Period> PERIODS = List.of(
            new Period("2021", "2021-01-01", "2021-12-31"), new Period("2021H1", "2021-01-01", "2021-06-30"),
            new Period("2021H2", "2021-07-01", "2021-12-31"), new Period("2021Q1", "2021-01-01", "2021-03-31"),
            new Period("2021Q2", "2021-04-01", "2021-06-30"),
            new Period("2022-23", "2022-01-01", "2023-12-31"), new Period("2022", "2022-01-01", "2022-12-31"),
            new Period("2023", "2023-01-01", "2023-12-31"), new Period("2022H1", "2022-01-01", "2022-06-30"),
            new Period("2022H2", "2022-07-01", "2022-12-31"));
    private static final List<String[]> PERIOD_DIFFERENCES = List.of(
            new String[]{"2021", "2021H1", "2021H2"}, new String[]{"2021", "2021H2", "2021H1"},
            new String[]{"2021H1", "2021Q1", "2021Q2"}, new String[]{"2021H1", "2021Q2", "2021Q1"},
            new String[]{"2022-23", "2022", "2023"}, new String[]{"2022-23", "2023", "2022"},
            new String[]{"2022", "2022H1", "2022H2"}, new String[]{"2022", "2022H2", "2022H1"});

    private record Period(String name, String from, String to) {
    }

    /** Published (rounded, null when withheld) and exact tables, by period and groupBy. */
    private final Map<String, Map<String, Long>> published = new HashMap<>();
    private final Map<String, Map<String, Long>> exact = new HashMap<>();
    private String inspector;

    @BeforeAll
    void twoDataSetsAndEveryTable() {
        inspector = api.login("inspector");
        String auditor = api.login("auditor.a");
        List<Long> sites = new ArrayList<>();
        for (String country : List.of("ES", "RO")) {
            for (String sector : List.of("0113", "1410", "4100")) {
                sites.add(site(auditor, "Attack " + sector + " " + country, country, sector));
            }
        }
        Random random = new Random(20261204);
        for (int i = 0; i < 6; i++) {
            inspect(sites.get(random.nextInt(sites.size())), LocalDate.of(2021, 1 + random.nextInt(6), 1 + random.nextInt(28)),
                    random, 4);
        }
        for (int i = 0; i < 3; i++) {
            inspect(sites.get(random.nextInt(sites.size())), LocalDate.of(2021, 7 + random.nextInt(6), 1 + random.nextInt(28)),
                    random, 4);
        }
        for (int i = 0; i < 60; i++) {
            inspect(sites.get(random.nextInt(sites.size())), LocalDate.of(2022 + random.nextInt(2), 1 + random.nextInt(12),
                    1 + random.nextInt(28)), random, 30);
        }
        for (Period period : PERIODS) {
            for (List<String> groupBy : tablesOfUpToThreeDimensions()) {
                String query = "?groupBy=" + String.join(",", groupBy) + "&from=" + period.from() + "&to=" + period.to();
                published.put(period.name() + query, cells(api.get("/api/public/statistics/inspections" + query, null)));
                exact.put(period.name() + query, cells(api.get("/api/statistics/inspections" + query, inspector)));
            }
        }
    }

    @Test
    void noSubtractionOfTablesOrPeriodsRecoversACountUnderFive() {
        Attack attack = attack(published);

        System.out.printf("STATISTICS ATTACK: %d subtractions over %d tables, %d recovered a count under 5%n",
                attack.attempts, published.size(), attack.recovered.size());
        assertTrue(attack.attempts > 1000, "the attacker tried: " + attack.attempts);
        assertEquals(List.of(), attack.recovered);
    }

    @Test
    void theSameAttackOnExactCountsWithSmallCellsWithheldSucceeds() {
        Map<String, Map<String, Long>> thresholdOnly = new HashMap<>();
        exact.forEach((table, cells) -> {
            Map<String, Long> shown = new HashMap<>();
            cells.forEach((key, count) -> shown.put(key, count < CellKeys.THRESHOLD ? null : count));
            thresholdOnly.put(table, shown);
        });

        Attack attack = attack(thresholdOnly);

        System.out.printf("STATISTICS ATTACK on threshold-only tables: %d subtractions, %d recovered%n", attack.attempts,
                attack.recovered.size());
        assertTrue(attack.recovered.size() > 10, "the attack works where counts are exact: " + attack.recovered.size());
    }

    @Test
    void mostCellsOfFiveOrMoreArePublishedCloseToTheirTrueValue() {
        int cells = 0;
        int close = 0;
        for (var table : exact.entrySet()) {
            for (var cell : table.getValue().entrySet()) {
                long truth = cell.getValue();
                if (truth < CellKeys.THRESHOLD) {
                    continue;
                }
                cells++;
                Long shown = published.get(table.getKey()).get(cell.getKey());
                if (shown != null && Math.abs(shown - truth) <= Math.max(2, 0.2 * truth)) {
                    close++;
                }
            }
        }
        double share = 100.0 * close / cells;

        System.out.printf("STATISTICS UTILITY: %.1f %% of %d cells of 5 or more published within ±20 %% or ±2%n", share, cells);
        assertTrue(share >= 80, share + " %");
    }

    @Test
    void everyTableAnswersTheSameWhenAskedAgainOrInAnotherOrder() {
        int compared = 0;
        for (Period period : PERIODS) {
            for (List<String> groupBy : tablesOfUpToThreeDimensions()) {
                if (groupBy.size() < 2) {
                    continue;
                }
                List<String> reversed = new ArrayList<>(groupBy);
                java.util.Collections.reverse(reversed);
                String dates = "&from=" + period.from() + "&to=" + period.to();
                Map<String, Long> again = new HashMap<>();
                cells(api.get("/api/public/statistics/inspections?groupBy=" + String.join(",", reversed) + dates, null))
                        .forEach((key, count) -> again.put(reverse(key), count));
                assertEquals(published.get(period.name() + "?groupBy=" + String.join(",", groupBy) + dates), again,
                        period + " " + groupBy);
                compared++;
            }
        }
        System.out.printf("STATISTICS CONSISTENCY: %d tables asked again in reverse order, all identical%n", compared);
    }

    private static final class Attack {
        int attempts;
        final List<String> recovered = new ArrayList<>();
    }

    /** Every coarser table from every finer one, and every shorter period from a longer one. */
    private Attack attack(Map<String, Map<String, Long>> shown) {
        Attack attack = new Attack();
        for (Period period : PERIODS) {
            for (List<String> fine : tablesOfUpToThreeDimensions()) {
                for (List<String> coarse : tablesOfUpToThreeDimensions()) {
                    if (coarse.size() < fine.size() && fine.containsAll(coarse)) {
                        subtractTables(attack, shown, period, coarse, fine);
                    }
                }
            }
        }
        for (String[] difference : PERIOD_DIFFERENCES) {
            Period longer = period(difference[0]);
            Period shorter = period(difference[1]);
            Period rest = period(difference[2]);
            for (List<String> groupBy : tablesOfUpToThreeDimensions()) {
                Map<String, Long> whole = shown.get(table(longer, groupBy));
                Map<String, Long> part = shown.get(table(shorter, groupBy));
                Map<String, Long> truth = exact.get(table(rest, groupBy));
                for (var cell : truth.entrySet()) {
                    Long all = whole.get(cell.getKey());
                    Long known = part.getOrDefault(cell.getKey(), 0L);
                    if (all == null || known == null) {
                        continue;
                    }
                    attack.attempts++;
                    long derived = all - known;
                    if (cell.getValue() < CellKeys.THRESHOLD && derived == cell.getValue()) {
                        attack.recovered.add(rest.name() + " " + groupBy + " " + cell.getKey() + " = " + derived);
                    }
                }
            }
        }
        return attack;
    }

    private void subtractTables(Attack attack, Map<String, Map<String, Long>> shown, Period period, List<String> coarse,
                                List<String> fine) {
        Map<String, Long> coarseCells = shown.get(table(period, coarse));
        Map<String, Long> fineCells = shown.get(table(period, fine));
        Map<String, Long> fineTruth = exact.get(table(period, fine));
        Map<String, List<String>> children = new HashMap<>();
        for (String key : fineCells.keySet()) {
            children.computeIfAbsent(project(key, fine, coarse), k -> new ArrayList<>()).add(key);
        }
        for (var parent : coarseCells.entrySet()) {
            if (parent.getValue() == null) {
                continue;
            }
            long derived = parent.getValue();
            long hiddenTruth = 0;
            int hidden = 0;
            for (String child : children.getOrDefault(parent.getKey(), List.of())) {
                Long count = fineCells.get(child);
                if (count == null) {
                    hidden++;
                    hiddenTruth += fineTruth.get(child);
                } else {
                    derived -= count;
                }
            }
            if (hidden == 0) {
                continue;
            }
            attack.attempts++;
            if (hiddenTruth < CellKeys.THRESHOLD && derived == hiddenTruth) {
                attack.recovered.add(period.name() + " " + fine + " minus " + coarse + " at " + parent.getKey() + " = " + derived);
            }
        }
    }

    private static String project(String key, List<String> from, List<String> to) {
        String[] values = key.split("\\|", -1);
        List<String> kept = new ArrayList<>();
        for (String dimension : to) {
            kept.add(values[from.indexOf(dimension)]);
        }
        return String.join("|", kept);
    }

    private static String reverse(String key) {
        List<String> parts = new ArrayList<>(List.of(key.split("\\|", -1)));
        java.util.Collections.reverse(parts);
        return String.join("|", parts);
    }

    private static String table(Period period, List<String> groupBy) {
        return period.name() + "?groupBy=" + String.join(",", groupBy) + "&from=" + period.from() + "&to=" + period.to();
    }

    private static Period period(String name) {
        return PERIODS.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<List<String>> tablesOfUpToThreeDimensions() {
        List<List<String>> tables = new ArrayList<>();
        tables.add(List.of());
        int n = DIMENSIONS.size();
        for (int a = 0; a < n; a++) {
            tables.add(List.of(DIMENSIONS.get(a)));
            for (int b = a + 1; b < n; b++) {
                tables.add(List.of(DIMENSIONS.get(a), DIMENSIONS.get(b)));
                for (int c = b + 1; c < n; c++) {
                    tables.add(List.of(DIMENSIONS.get(a), DIMENSIONS.get(b), DIMENSIONS.get(c)));
                }
            }
        }
        return tables;
    }

    private long site(String auditor, String name, String country, String sector) {
        Api.Response supplier = api.post("/api/suppliers", auditor, Map.of("name", name, "country", country,
                "sectors", List.of(sector)));
        long id = supplier.body().get("supplier").get("id").getLongValue();
        return api.post("/api/suppliers/" + id + "/sites", auditor, Map.of("name", name, "country", country, "sector", sector))
                .number("id");
    }

    private void inspect(long site, LocalDate visit, Random random, int most) {
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", visit.toString(),
                "type", "ROUTINE", "announced", false, "workersPresent", Map.of("women", Map.of("under18", 40, "from18to24", 40,
                        "from25", 40), "men", Map.of("under18", 40, "from18to24", 40, "from25", 40)))).body().get("inspection").get("id").getLongValue();
        int findings = 1 + random.nextInt(2);
        for (int f = 0; f < findings; f++) {
            Api.Response r = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of(
                    "indicator", INDICATORS.get(random.nextInt(INDICATORS.size())), "description", "Seeded for the attack",
                    "evidenceSource", "DOCUMENT_REVIEW", "workersAffected", headcount(random, most)));
            assertEquals(201, r.status(), r::toString);
        }
        Api.Response done = api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());
        assertEquals(200, done.status(), done::toString);
    }

    private static Map<String, Object> headcount(Random random, int most) {
        return Map.of("women", Map.of("under18", random.nextInt(3), "from18to24", random.nextInt(most + 1),
                        "from25", random.nextInt(most + 1)),
                "men", Map.of("under18", random.nextInt(2), "from18to24", random.nextInt(most + 1),
                        "from25", random.nextInt(most + 1)));
    }

    /** Cells by their dimension values joined with '|', in groupBy order; a withheld cell maps to null. */
    private static Map<String, Long> cells(Api.Response r) {
        assertEquals(200, r.status(), r::toString);
        Map<String, Long> cells = new LinkedHashMap<>();
        List<String> groupBy = new ArrayList<>();
        r.body().get("groupBy").values().forEach(v -> groupBy.add(v.getStringValue()));
        for (JsonNode cell : r.body().get("cells").values()) {
            List<String> values = new ArrayList<>();
            for (String dimension : groupBy) {
                values.add(cell.get("key").get(dimension).getStringValue());
            }
            JsonNode count = cell.get("count");
            cells.put(String.join("|", values), count == null || count.isNull() ? null : count.getLongValue());
        }
        return cells;
    }
}
