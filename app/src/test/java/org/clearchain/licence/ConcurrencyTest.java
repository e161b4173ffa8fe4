package org.clearchain.licence;

import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many officers at the same moment: numbers stay unique and gapless, and a licence moves once. */
class ConcurrencyTest extends ApiTest {

    private static final Pattern NUMBER = Pattern.compile("CC-(\\d{4})-(\\d{6})");

    private final ExecutorService threads = Executors.newFixedThreadPool(20);
    private String officer;
    private String secondOfficer;
    private RegisterFixture register;

    @BeforeAll
    void twoOfficersOfOneAuthority() {
        officer = api.login("licensing");
        register = new RegisterFixture(api, officer);
        AdminFixture admin = new AdminFixture(api, api.login("admin"));
        long authority = admin.organisationNamed("National Labour Licensing Authority");
        admin.user("licensing.two", "second-officer-pass", "LICENSING_OFFICER", authority);
        secondOfficer = api.login("licensing.two", "second-officer-pass");
    }

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twentyApplicationsFiledAtOnceGetTwentyConsecutiveNumbers() throws Exception {
        List<Long> agencies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            agencies.add(register.agency("Parallel Agency " + i));
        }
        LocalDate from = LocalDate.now(ZoneOffset.UTC);
        List<Callable<Api.Response>> filings = agencies.stream().<Callable<Api.Response>>map(id -> () ->
                api.post("/api/agencies/" + id + "/licences", officer, Map.of("scope", "Placement",
                        "validFrom", from.toString(), "validUntil", from.plusYears(1).toString()))).toList();

        List<Api.Response> filed = allAtOnce(filings);

        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        List<Integer> serials = new ArrayList<>();
        for (Api.Response r : filed) {
            assertEquals(201, r.status(), r::toString);
            Matcher m = NUMBER.matcher(r.text("number"));
            assertTrue(m.matches(), r.text("number"));
            assertEquals(year, Integer.parseInt(m.group(1)));
            serials.add(Integer.parseInt(m.group(2)));
        }
        List<Integer> sorted = serials.stream().sorted().distinct().toList();
        assertEquals(20, sorted.size(), "distinct numbers: " + serials);
        assertEquals(19, sorted.get(19) - sorted.get(0), "consecutive numbers: " + sorted);
        assertEquals(20, count("SELECT COUNT(DISTINCT l.number) FROM licence l JOIN agency a ON a.id = l.agency_id"
                + " WHERE a.legal_name LIKE 'Parallel Agency %'"));
        assertEquals(sorted.get(19), (int) count("SELECT last_value FROM licence_number_sequence WHERE year = " + year),
                "the counter stands at the last number handed out");
    }

    @Test
    void twoOfficersApprovingOneLicenceAtOnceApproveItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = register.pendingLicence();

            List<Api.Response> answers = allAtOnce(List.of(
                    () -> api.post("/api/licences/" + number + "/approve", officer, Map.of("reason", "first")),
                    () -> api.post("/api/licences/" + number + "/approve", secondOfficer, Map.of("reason", "second"))));

            List<Integer> statuses = answers.stream().map(Api.Response::status).sorted().toList();
            assertEquals(List.of(200, 409), statuses, "round " + round + ": " + answers);
            answers.stream().filter(r -> r.status() == 409).forEach(r -> assertProblem(409, r));
            assertEquals(1, count("SELECT COUNT(*) FROM licence_event e JOIN licence l ON l.id = e.licence_id"
                    + " WHERE l.number = '" + number + "' AND e.action = 'APPROVE'"), "round " + round);
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'licence' AND entity_id = '"
                    + number + "' AND action = 'licence.approve'"), "round " + round);
        }
        assertTrue(api.get("/api/audit/verify", api.login("admin")).body().get("valid").getBooleanValue(),
                "concurrent writers never fork the audit chain");
    }

    /** Starts every call behind one gate, so they reach the server together. */
    private List<Api.Response> allAtOnce(List<Callable<Api.Response>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Api.Response>> futures = new ArrayList<>();
        for (Callable<Api.Response> call : calls) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                gate.await();
                return call.call();
            }));
        }
        assertTrue(ready.await(10, TimeUnit.SECONDS), "threads ready");
        gate.countDown();
        List<Api.Response> answers = new ArrayList<>();
        for (Future<Api.Response> f : futures) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}
