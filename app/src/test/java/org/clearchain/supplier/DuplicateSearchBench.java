package org.clearchain.supplier;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Percentiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A supplier added by hand in a country that already has {@code bench.suppliers} (20,000) suppliers, each with a main
 * site: its duplicate search compares the name (and the address) with every one of them. Timed request by request
 * against the same request in a country with none, alternately in the same run; run with
 * {@code mvn -Pbench verify -pl app -am -Dtest=DuplicateSearchBench} (see docs/performance.md).
 */
@Tag("bench")
class DuplicateSearchBench extends ApiTest {

    private static final int SUPPLIERS = Integer.getInteger("bench.suppliers", 20_000);
    private static final int BATCH = 1_000;
    private static final int WARMUP = 10;
    private static final int ROUNDS = 40;
    private static final String FULL = "CN";
    private static final String EMPTY = "LS";
    private static final String[] TRADES = {"Garment", "Textile", "Apparel", "Shoes", "Knitting", "Fashion", "Toys",
            "Electronics", "Leather", "Home Textile"};
    private static final String[] FORMS = {"Co., Ltd.", "Limited", "Manufacturing Co., Ltd.", "Industrial Co., Ltd.",
            "Factory", "Group Co., Ltd."};

    @Test
    void addingASupplierToACountryOfManyAgainstOneOfNone() {
        Random random = new Random(19);
        for (int from = 0; from < SUPPLIERS; from += BATCH) {
            StringBuilder rows = new StringBuilder();
            for (int i = from; i < Math.min(SUPPLIERS, from + BATCH); i++) {
                String name = name(random);
                rows.append(rows.isEmpty() ? "" : ",").append("('").append(name).append("', '")
                        .append(SupplierNames.key(name)).append("', '" + FULL + "', '[\"1410\"]', '[]', NOW(6), NOW(6))");
            }
            execute("INSERT INTO supplier (name, name_key, country, sectors, goods, created_at, updated_at) VALUES " + rows);
        }
        execute("INSERT INTO site (supplier_id, name, address, country, created_at) SELECT id, name, CONCAT(id MOD 997 + 1,"
                + " ' ', SUBSTRING_INDEX(name, ' ', 1), ' Road, Dongguan'), country, NOW(6) FROM supplier WHERE country = '" + FULL + "'");
        execute("ANALYZE TABLE supplier, site");
        String auditor = api.login("auditor.a");

        double[] full = new double[ROUNDS];
        double[] empty = new double[ROUNDS];
        for (int i = -WARMUP; i < ROUNDS; i++) {
            // both countries get the same kind of name, drawn afresh: no twin in either
            double inFull = add(auditor, name(random), FULL);
            double inEmpty = add(auditor, name(random), EMPTY);
            if (i >= 0) {
                full[i] = inFull;
                empty[i] = inEmpty;
            }
        }
        report("supplier-add-among-" + SUPPLIERS + "-median", Percentiles.of(full, 50), Percentiles.of(empty, 50));
        report("supplier-add-among-" + SUPPLIERS + "-p95", Percentiles.of(full, 95), Percentiles.of(empty, 95));
    }

    /** @return how long the creation took, in ms */
    private double add(String token, String name, String country) {
        long start = System.nanoTime();
        Api.Response r = api.post("/api/suppliers", token, Map.of("name", name, "country", country,
                "address", "8 " + name.split(" ")[0] + " Road", "sectors", List.of("1410")));
        double ms = (System.nanoTime() - start) / 1e6;
        if (r.status() != 201) {
            throw new AssertionError("the bench adds suppliers with no twin: " + r);
        }
        return ms;
    }

    /** A made-up distinctive word, a trade and a legal form: "Vukarepo Garment Co., Ltd.". */
    private static String name(Random random) {
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            word.append("aeiou".indexOf(word.charAt(i)) >= 0 || i % 2 == 1 ? (char) ('a' + random.nextInt(26))
                    : "aeiou".charAt(random.nextInt(5)));
        }
        return word + " " + TRADES[random.nextInt(TRADES.length)] + " " + FORMS[random.nextInt(FORMS.length)];
    }

    private static void report(String name, double value, double baseline) {
        System.out.printf("BENCH %s value=%.1f unit=ms baseline=%.1f ratio=%.2f goal=<100ms %s%n",
                name, value, baseline, value / baseline, value < 100 ? "PASS" : "FAIL");
    }
}
