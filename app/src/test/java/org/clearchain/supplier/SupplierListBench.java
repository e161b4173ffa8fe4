package org.clearchain.supplier;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.clearchain.agency.Agencies;
import org.clearchain.agency.AgencyCommand;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.licence.LicenceAction;
import org.clearchain.licence.LicenceApplication;
import org.clearchain.licence.LicenceRegister;
import org.clearchain.licence.TransitionCommand;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Percentiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Issue 4's benchmark, run with {@code -Pbench} (see docs/performance.md): 100,000 suppliers with 200,000
 * sites imported through the service layer, then the first page of an auditor's suppliers filtered by
 * "agency licence problem", timed against the same question asked in plain SQL on the same data.
 */
@Tag("bench")
class SupplierListBench extends ApiTest {

    private static final int SUPPLIERS = Integer.getInteger("bench.suppliers", 100_000);
    private static final int BATCH = 1_000;
    private static final int AGENCIES = 200;
    private static final int WARMUP = 10;
    private static final int ROUNDS = 30;
    private static final SupplierFilter LICENCE_PROBLEM = new SupplierFilter(null, null, null, null, null, null, true,
            SupplierSort.parse("name"));

    /** The same question in plain SQL on the same tables: the buyer's first 20 suppliers with a licence problem, and how many. */
    private static final String PLAIN_PAGE = """
            SELECT s.id, s.name, s.country, s.sectors, s.licence_problem, bl.tier
            FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id
            WHERE bl.buyer_id = ? AND s.licence_problem = TRUE ORDER BY s.name, s.id LIMIT 20""";
    private static final String PLAIN_COUNT = """
            SELECT COUNT(*) FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id
            WHERE bl.buyer_id = ? AND s.licence_problem = TRUE""";
    /** For comparison: working the problem out from agency uses and licences at query time instead. */
    private static final String COMPUTED_COUNT = """
            SELECT COUNT(*) FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id
            WHERE bl.buyer_id = ? AND EXISTS (SELECT 1 FROM agency_use au WHERE au.supplier_id = s.id AND (au.agency_id IS NULL
              OR NOT EXISTS (SELECT 1 FROM licence l WHERE l.agency_id = au.agency_id
                AND (au.licence_number IS NULL OR l.number = au.licence_number)
                AND l.status = 'ACTIVE' AND l.valid_from <= CURRENT_DATE AND l.valid_until >= CURRENT_DATE)))""";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("datasources.default.maximum-pool-size", "4");
    }

    @Test
    void supplierListFilteredByLicenceProblem() {
        var context = server.getApplicationContext();
        long authority = count("SELECT id FROM organisation WHERE kind = 'LICENSING_AUTHORITY' ORDER BY id LIMIT 1");
        long buyer = count("SELECT id FROM organisation WHERE name = 'Employer A (demo)'");
        Actor officer = new Actor("licensing", Role.LICENSING_OFFICER, authority);
        Actor auditor = new Actor("auditor.a", Role.AUDITOR, buyer);

        List<String> licences = registerAgencies(context.getBean(Agencies.class), context.getBean(LicenceRegister.class), officer);
        long start = System.nanoTime();
        importSuppliers(context.getBean(SupplierImport.class), auditor, licences);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("INFO supplier-import suppliers=%d sites=%d seconds=%.1f rate=%.0f suppliers/s%n",
                SUPPLIERS, 2 * SUPPLIERS, importSeconds, SUPPLIERS / importSeconds);
        execute("ANALYZE TABLE supplier, site, buyer_link, agency_use, licence");

        SupplierList lists = context.getBean(SupplierList.class);
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        TransactionOperations<?> tx = context.getBean(TransactionOperations.class);
        PageView<SupplierListItem> firstPage = lists.list(auditor, LICENCE_PROBLEM, PageRequest.of(0, 20));
        long plainTotal = tx.executeRead(status -> count(jdbc, PLAIN_COUNT, buyer));
        long computedTotal = tx.executeRead(status -> count(jdbc, COMPUTED_COUNT, buyer));
        if (computedTotal != plainTotal) {
            throw new AssertionError("the kept flag disagrees with the register: " + plainTotal + " vs " + computedTotal);
        }
        if (firstPage.totalItems() != plainTotal || firstPage.items().size() != 20) {
            throw new AssertionError("the service and plain SQL disagree: " + firstPage.totalItems() + " vs " + plainTotal);
        }

        double[] service = new double[ROUNDS];
        double[] plain = new double[ROUNDS];
        for (int i = -WARMUP; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            lists.list(auditor, LICENCE_PROBLEM, PageRequest.of(0, 20));
            long t1 = System.nanoTime();
            tx.executeRead(status -> {
                plainPage(jdbc, buyer);
                return count(jdbc, PLAIN_COUNT, buyer);
            });
            long t2 = System.nanoTime();
            if (i >= 0) {
                service[i] = (t1 - t0) / 1e6;
                plain[i] = (t2 - t1) / 1e6;
            }
        }
        report("supplier-list-licence-problem-median", Percentiles.of(service, 50), Percentiles.of(plain, 50));
        report("supplier-list-licence-problem-p95", Percentiles.of(service, 95), Percentiles.of(plain, 95));
        long t0 = System.nanoTime();
        tx.executeRead(status -> count(jdbc, COMPUTED_COUNT, buyer));
        System.out.printf("INFO %d of %d suppliers have a licence problem; counting them from agency uses and licences"
                + " at query time instead of the kept flag takes %.0f ms%n", plainTotal, SUPPLIERS, (System.nanoTime() - t0) / 1e6);
    }

    private static void report(String name, double value, double baseline) {
        System.out.printf("BENCH %s value=%.2f unit=ms baseline=%.2f ratio=%.2f goal=<100ms %s%n",
                name, value, baseline, value / baseline, value < 100 ? "PASS" : "FAIL");
    }

    /** 200 agencies: 150 validly licensed, 20 suspended, 20 revoked, 10 only applied for. */
    private static List<String> registerAgencies(Agencies agencies, LicenceRegister register, Actor officer) {
        List<String> numbers = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < AGENCIES; i++) {
            long agency = agencies.register(officer, new AgencyCommand("Bench Agency " + i, "BENCH-" + i, "NP",
                    null, null, null, List.of("0111"), List.of())).id();
            String number = register.apply(officer, agency, new LicenceApplication("Placement", today.minusMonths(6),
                    today.plusYears(2), null)).number();
            if (i < 190) {
                register.move(officer, number, LicenceAction.APPROVE, new TransitionCommand(null, null));
            }
            if (i >= 150 && i < 170) {
                register.move(officer, number, LicenceAction.SUSPEND, new TransitionCommand("bench", null));
            } else if (i >= 170 && i < 190) {
                register.move(officer, number, LicenceAction.REVOKE, new TransitionCommand("bench", null));
            }
            numbers.add(number);
        }
        return numbers;
    }

    /** Two sites each; seven in ten use a registered agency, one in fifty an unregistered one. */
    private static void importSuppliers(SupplierImport imports, Actor auditor, List<String> licences) {
        Random random = new Random(42);
        String[] countries = {"BD", "VN", "IN", "TH", "TR", "MA", "RO", "PE", "KE", "MY"};
        String[] sectors = {"1410", "0111", "4100", "1020", "5510", "2610"};
        for (int from = 0; from < SUPPLIERS; from += BATCH) {
            List<ImportedSupplier> batch = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(SUPPLIERS, from + BATCH); i++) {
                String country = countries[random.nextInt(countries.length)];
                NewSupplier supplier = new NewSupplier("Supplier " + Integer.toString(i, 36) + " " + i, country, "R" + i, null,
                        List.of(sectors[random.nextInt(sectors.length)]), List.of(), null, null, null, null, null);
                List<NewSite> sites = List.of(site("Factory", country, random), site("Dormitory", country, random));
                List<NewAgencyUse> uses = new ArrayList<>();
                if (random.nextInt(10) < 7) {
                    uses.add(new NewAgencyUse(null, licences.get(random.nextInt(licences.size())), null, null,
                            BigDecimal.valueOf(random.nextInt(60)), null));
                }
                if (random.nextInt(50) == 0) {
                    uses.add(new NewAgencyUse(null, null, "Unregistered Broker " + i, "NP", BigDecimal.TEN, null));
                }
                batch.add(new ImportedSupplier(supplier, sites, uses));
            }
            imports.importBatch(auditor, batch);
        }
    }

    private static NewSite site(String name, String country, Random random) {
        return new NewSite(name, null, country, BigDecimal.valueOf(random.nextInt(90)), BigDecimal.valueOf(random.nextInt(180)),
                null, 50 + random.nextInt(500), BigDecimal.valueOf(random.nextInt(100)));
    }

    private static void plainPage(JdbcOperations jdbc, long buyer) {
        jdbc.prepareStatement(PLAIN_PAGE, statement -> {
            statement.setLong(1, buyer);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getString("sectors");
                }
            }
            return null;
        });
    }

    private static long count(JdbcOperations jdbc, String sql, long buyer) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, buyer);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
