package org.clearchain.galera;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.clearchain.testing.Api;
import org.clearchain.testing.RegisterFixture;
import org.clearchain.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 19's benchmark, run on the cluster of {@code .ci/galera-cluster} with
 * {@code mvn -Pcluster verify -pl app -am -Dtest=ClusterWritesBench} (see docs/performance.md): concurrent writes —
 * agencies created, licences filed (one number sequence), suppliers added in one country (one duplicate-check claim) —
 * by {@code bench.clients} (8) client threads, either all through one instance on node 1 (the baseline) or split
 * between two instances on nodes 1 and 2, alternately in the same run, {@code bench.rounds} (3) rounds of
 * {@code bench.seconds} (15) each. Reports the two-node throughput as a ratio of the one-node throughput (goal >= 0.8
 * with no failed request) and the share of requests whose transaction was retried.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterWritesBench {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String RETRIED = "clearchain.transactions.retried";

    private TwoInstances instances;
    private TestDatabases.Database database;
    private ClusterInstance a;
    private ClusterInstance b;

    private record Result(double rps, long requests, long failures, long retried) {
    }

    /** One client's view of an instance: its tokens and the agency it files licences for. */
    private static final class Client {
        final Api api;
        final String officer;
        final String buyer;
        long agency;

        Client(ClusterInstance instance, int n) {
            this.api = instance.api;
            this.officer = api.login("licensing");
            this.buyer = api.login(n % 2 == 0 ? "auditor.a" : "auditor.b");
        }
    }

    @BeforeAll
    void start() {
        // the application's retry defaults unless the run names others
        Map<String, String> settings = new HashMap<>();
        putIfGiven(settings, "bench.attempts", "clearchain.database.retry.attempts");
        putIfGiven(settings, "bench.max-backoff", "clearchain.database.retry.max-backoff");
        instances = TwoInstances.start("bench", settings);
        database = instances.database;
        a = instances.a;
        b = instances.b;
    }

    @AfterAll
    void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void writesThroughTwoNodesAgainstOne() throws Exception {
        List<Client> oneNode = new ArrayList<>();
        List<Client> twoNodes = new ArrayList<>();
        for (int n = 0; n < CLIENTS; n++) {
            oneNode.add(new Client(a, n));
            twoNodes.add(new Client(n % 2 == 0 ? a : b, n));
        }
        // warm-up, not timed; its failures count all the same
        long warmUpFailures = measure(oneNode, 5).failures() + measure(twoNodes, 5).failures();
        List<Result> single = new ArrayList<>();
        List<Result> pair = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            // each takes its turn going first, so a drift of the machine's load favours neither
            if (r % 2 == 0) {
                single.add(measure(oneNode, SECONDS));
                pair.add(measure(twoNodes, SECONDS));
            } else {
                pair.add(measure(twoNodes, SECONDS));
                single.add(measure(oneNode, SECONDS));
            }
            System.out.printf("INFO round %d: one node %.1f req/s (%d retried), two nodes %.1f req/s (%d retried)%n", r + 1,
                    single.get(r).rps(), single.get(r).retried(), pair.get(r).rps(), pair.get(r).retried());
        }
        double singleRps = single.stream().mapToDouble(Result::rps).average().orElseThrow();
        double pairRps = pair.stream().mapToDouble(Result::rps).average().orElseThrow();
        long failures = warmUpFailures + single.stream().mapToLong(Result::failures).sum()
                + pair.stream().mapToLong(Result::failures).sum();
        long pairRequests = pair.stream().mapToLong(Result::requests).sum();
        long pairRetried = pair.stream().mapToLong(Result::retried).sum();
        long singleRequests = single.stream().mapToLong(Result::requests).sum();
        long singleRetried = single.stream().mapToLong(Result::retried).sum();
        System.out.printf("INFO %d client threads, %d round(s) of %d s per setting, %d failed request(s) (%d in the warm-up)%n",
                CLIENTS, ROUNDS, SECONDS, failures, warmUpFailures);
        System.out.printf("BENCH cluster-writes-rps value=%.1f unit=req/s baseline=%.1f ratio=%.3f goal=>=0.8 %s%n",
                pairRps, singleRps, pairRps / singleRps, pairRps / singleRps >= 0.8 && failures == 0 ? "PASS" : "FAIL");
        System.out.printf("BENCH cluster-writes-retried value=%.4f unit=share baseline=%.4f (%d of %d two-node requests,"
                        + " %d of %d one-node requests)%n", (double) pairRetried / pairRequests,
                (double) singleRetried / singleRequests, pairRetried, pairRequests, singleRetried, singleRequests);
        System.out.println("INFO retried units of work over the whole run, per instance: a " + retriedByUnit(a) + ", b "
                + retriedByUnit(b));
        if (failures > 0) {
            throw new AssertionError(failures + " request(s) failed");
        }
    }

    private Result measure(List<Client> clients, int seconds) throws Exception {
        long retriedBefore = retried();
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>();
        for (Client client : clients) {
            futures.add(threads.submit(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    Api.Response r = write(client, n);
                    if (r.status() >= 300) {
                        failures.incrementAndGet();
                        System.out.println("INFO failed: " + r);
                    }
                    n++;
                }
                return n;
            }));
        }
        long requests = 0;
        for (Future<Long> f : futures) {
            requests += f.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        return new Result(requests / elapsed, requests, failures.get(), retried() - retriedBefore);
    }

    /** The client's next write, in turn: an agency, a licence for it, a supplier. */
    private static Api.Response write(Client client, long n) {
        return switch ((int) (n % 3)) {
            case 0 -> {
                Api.Response r = client.api.post("/api/agencies", client.officer, RegisterFixture.agencyBody(word() + " Recruiters", "NP"));
                if (r.status() == 201) {
                    client.agency = r.number("id");
                }
                yield r;
            }
            case 1 -> client.api.post("/api/agencies/" + client.agency + "/licences", client.officer,
                    Map.of("scope", "Placement of construction workers", "validFrom", LocalDate.now().toString(),
                            "validUntil", LocalDate.now().plusYears(2).toString()));
            default -> {
                Map<String, Object> supplier = new HashMap<>();
                supplier.put("name", word() + " " + word() + " Garments");
                supplier.put("country", "VN");
                supplier.put("sectors", List.of("1410"));
                yield client.api.post("/api/suppliers", client.buyer, supplier);
            }
        };
    }

    private long retried() {
        return (long) (counter(a) + counter(b));
    }

    private static double counter(ClusterInstance instance) {
        // one counter per unit of work (tag "unit")
        return instance.context().getBean(MeterRegistry.class).find(RETRIED).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private static void putIfGiven(Map<String, String> settings, String property, String setting) {
        String value = System.getProperty(property);
        if (value != null) {
            settings.put(setting, value);
        }
    }

    private static Map<String, Long> retriedByUnit(ClusterInstance instance) {
        Map<String, Long> byUnit = new TreeMap<>();
        for (Counter counter : instance.context().getBean(MeterRegistry.class).find(RETRIED).counters()) {
            byUnit.merge(counter.getId().getTag("unit"), (long) counter.count(), Long::sum);
        }
        return byUnit;
    }

    private static String word() {
        StringBuilder word = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        word.append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
