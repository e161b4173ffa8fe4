package org.clearchain.galera;

import org.clearchain.testing.Api;
import org.clearchain.testing.RegisterFixture;
import org.clearchain.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances on two nodes of a Galera cluster, the same kinds of write sent to both at the same moment, round after
 * round: creating agencies, filing licences (one number sequence), approving the same licence from both sides, adding
 * suppliers in the same country (one duplicate-check claim per country), the same supplier from both sides (one is
 * created, the other told of its twin), correcting the same supplier from both sides,
 * and public complaints. No request may fail with a 5xx; afterwards the three nodes hold the same data and the audit
 * chain proves the whole history.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentWritesClusterTest {

    private static final int ROUNDS = Integer.getInteger("cluster.rounds", 10);

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<Outcome> outcomes = new ArrayList<>();
    private TwoInstances instances;
    private TestDatabases.Database database;
    private ClusterInstance a;
    private ClusterInstance b;

    private record Outcome(String kind, String instance, Api.Response response) {
    }

    @BeforeAll
    void start() {
        instances = TwoInstances.start("instance", Map.of());
        database = instances.database;
        a = instances.a;
        b = instances.b;
    }

    @AfterAll
    void stop() {
        threads.shutdownNow();
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void concurrentWritesOfEveryKindSucceedAndEveryNodeHoldsTheSameData() throws Exception {
        String officerA = a.api.login("licensing");
        String officerB = b.api.login("licensing");
        String buyerA = a.api.login("auditor.a");
        String buyerB = b.api.login("auditor.b");
        String buyerAOnB = b.api.login("auditor.a");

        for (int round = 1; round <= ROUNDS; round++) {
            List<Api.Response> agencies = both("create an agency",
                    () -> a.api.post("/api/agencies", officerA, RegisterFixture.agencyBody(name("Recruiters"), "NP")),
                    () -> b.api.post("/api/agencies", officerB, RegisterFixture.agencyBody(name("Recruiters"), "NP")));
            long agencyA = agencies.get(0).number("id");
            long agencyB = agencies.get(1).number("id");

            List<Api.Response> licences = both("file a licence",
                    () -> a.api.post("/api/agencies/" + agencyA + "/licences", officerA, licenceBody()),
                    () -> b.api.post("/api/agencies/" + agencyB + "/licences", officerB, licenceBody()));
            String number = licences.get(0).text("number");
            assertTrue(!number.equals(licences.get(1).text("number")), "two licences got one number: " + licences);

            List<Api.Response> approvals = both("approve the same licence",
                    () -> a.api.post("/api/licences/" + number + "/approve", officerA, Map.of()),
                    () -> b.api.post("/api/licences/" + number + "/approve", officerB, Map.of()));
            assertEquals(List.of(200, 409), approvals.stream().map(Api.Response::status).sorted().toList(),
                    "one approval takes effect and the other is told it no longer applies: " + approvals);

            List<Api.Response> suppliers = both("add a supplier in the same country",
                    () -> a.api.post("/api/suppliers", buyerA, supplierBody()),
                    () -> b.api.post("/api/suppliers", buyerB, supplierBody()));
            long supplier = suppliers.get(0).body().get("supplier").get("id").getLongValue();

            Map<String, Object> twin = supplierBody();
            List<Api.Response> twins = both("add the same supplier on both sides",
                    () -> a.api.post("/api/suppliers", buyerA, twin),
                    () -> b.api.post("/api/suppliers", buyerAOnB, twin));
            assertEquals(List.of(201, 409), twins.stream().map(Api.Response::status).sorted().toList(),
                    "one creation takes effect and the other is told of its twin: " + twins);

            both("correct the same supplier",
                    () -> a.api.call("PATCH", "/api/suppliers/" + supplier, buyerA,
                            Map.of("registrationNumber", "A-" + name(""), "reason", "Mistyped at listing")),
                    () -> b.api.call("PATCH", "/api/suppliers/" + supplier, buyerAOnB,
                            Map.of("registrationNumber", "B-" + name(""), "reason", "Mistyped at listing")));

            both("file a complaint",
                    () -> a.api.post("/api/public/complaints", null, complaintBody(number)),
                    () -> b.api.post("/api/public/complaints", null, complaintBody(number)));
        }

        List<Outcome> failed = outcomes.stream().filter(o -> o.response().status() >= 500).toList();
        assertEquals(List.of(), failed, "no request may fail with a server error");
        List<Outcome> refused = outcomes.stream().filter(o -> o.response().status() >= 400
                && !o.kind().equals("approve the same licence") && !o.kind().equals("add the same supplier on both sides")).toList();
        assertEquals(List.of(), refused, "only the second approval of a licence and the twin of a supplier are refused");

        Api.Response verified = a.api.get("/api/audit/verify", a.api.login("admin"));
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.body().get("valid").getBooleanValue(), verified::toString);
        long writes = outcomes.stream().filter(o -> o.response().status() < 300).count();
        assertTrue(verified.number("entries") >= writes, "the chain holds every write: " + verified + " for " + writes);
        Api.Response verifiedOnB = b.api.get("/api/audit/verify", b.api.login("admin"));
        assertTrue(verifiedOnB.body().get("valid").getBooleanValue(), verifiedOnB::toString);

        Map<String, Long> first = GaleraCluster.checksums(1, database.name());
        for (int node = 2; node <= GaleraCluster.size(); node++) {
            assertEquals(first, GaleraCluster.checksums(node, database.name()), "node " + node + " holds other data than node 1");
        }
        System.out.printf("INFO %d rounds: %d requests through two nodes, none failed; %d tables identical on %d nodes%n",
                ROUNDS, outcomes.size(), first.size(), GaleraCluster.size());
    }

    /** Sends both requests at the same moment, one per instance, and keeps their answers in order (a, b). */
    private List<Api.Response> both(String kind, Supplier<Api.Response> onA, Supplier<Api.Response> onB) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Future<Api.Response> first = threads.submit(() -> {
            go.await();
            return onA.get();
        });
        Future<Api.Response> second = threads.submit(() -> {
            go.await();
            return onB.get();
        });
        go.countDown();
        List<Api.Response> answers = List.of(first.get(), second.get());
        outcomes.add(new Outcome(kind, a.name, answers.get(0)));
        outcomes.add(new Outcome(kind, b.name, answers.get(1)));
        return answers;
    }

    private static Map<String, Object> licenceBody() {
        return Map.of("scope", "Placement of agricultural workers", "validFrom", LocalDate.now().minusMonths(1).toString(),
                "validUntil", LocalDate.now().plusYears(2).toString());
    }

    private static Map<String, Object> supplierBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name("Garments"));
        body.put("country", "VN");
        body.put("sectors", List.of("1410"));
        body.put("address", ThreadLocalRandom.current().nextInt(1, 999) + " " + name("Road"));
        return body;
    }

    private static Map<String, Object> complaintBody(String licenceNumber) {
        return Map.of("licenceNumber", licenceNumber, "category", "RECRUITMENT_FEES",
                "description", "We paid recruitment fees of 1,200 USD each.");
    }

    /** A made-up word of ten letters and a suffix: no two are alike enough to be taken for twins. */
    private static String name(String suffix) {
        StringBuilder word = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        word.append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return suffix.isEmpty() ? word.toString() : word + " " + suffix;
    }
}
