package org.clearchain.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Console;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit of work the database aborts (deadlock, certification failure) runs again whole, a few times; then the client
 * is told to come back (503, Retry-After) and nothing of it is stored. Real InnoDB locks, real HTTP.
 */
class TransactionRetryTest extends ApiTest {

    private static final long ROW_A = 1;
    private static final long ROW_B = 2;

    @Inject
    RetryProbe probe;
    @Inject
    RetryProbeInner inner;
    @Inject
    RetryProbeAgencyFault agencyFault;
    @Inject
    TransactionRetry retry;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    MeterRegistry meters;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.test.retry-probe", "true", "clearchain.database.retry.attempts", "3",
                "clearchain.database.retry.retry-after", "2s");
    }

    @BeforeAll
    void probeTable() {
        execute("CREATE TABLE retry_probe (id BIGINT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB");
    }

    @BeforeEach
    void freshRows() {
        execute("DELETE FROM retry_probe");
        execute("INSERT INTO retry_probe (id, n) VALUES (" + ROW_A + ", 0), (" + ROW_B + ", 0)");
        agencyFault.armed.set(null);
    }

    @Test
    void twoUnitsThatDeadlockBothSucceedAndTheVictimRanAgainFromItsFirstRead() throws Exception {
        double retriedBefore = count("clearchain.transactions.retried", "RetryProbe.addToBoth");
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        List<Long> seenByAB = new CopyOnWriteArrayList<>();
        List<Long> seenByBA = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> ab = threads.submit(() -> probe.addToBoth(ROW_A, ROW_B, bothHoldOne, seenByAB));
            Future<?> ba = threads.submit(() -> probe.addToBoth(ROW_B, ROW_A, bothHoldOne, seenByBA));
            ab.get(60, TimeUnit.SECONDS);
            ba.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        // InnoDB aborted one of the two; it ran again, in a new transaction, once the other had committed
        List<Long> victim = seenByAB.size() == 2 ? seenByAB : seenByBA;
        List<Long> winner = victim == seenByAB ? seenByBA : seenByAB;
        assertEquals(1, winner.size(), "the unit InnoDB let through ran once: " + seenByAB + " " + seenByBA);
        assertEquals(List.of(1L, 2L), victim, "the victim's second attempt read its row anew, with the other's addition");
        assertEquals(2, count("SELECT n FROM retry_probe WHERE id = " + ROW_A), "each unit added once, none twice");
        assertEquals(2, count("SELECT n FROM retry_probe WHERE id = " + ROW_B));
        assertEquals(retriedBefore + 1, count("clearchain.transactions.retried", "RetryProbe.addToBoth"));
    }

    @Test
    void aNestedUnitDoesNotRetryByItselfTheOutermostOneRunsAgainWhole() {
        probe.outerCalls.set(0);
        inner.calls.set(0);

        probe.outer(ROW_A);

        assertEquals(2, probe.outerCalls.get(), "the outer unit ran again");
        assertEquals(2, inner.calls.get(), "the inner unit ran once per outer attempt, never again on its own");
        assertEquals(11, count("SELECT n FROM retry_probe WHERE id = " + ROW_A), "only the second attempt's writes stayed");
        assertEquals(0, count("clearchain.transactions.retried", "RetryProbeInner.failOnce"));
        assertEquals(1, count("clearchain.transactions.retried", "RetryProbe.outer"));
    }

    @Test
    void anSqlErrorThatNoRetryMendsIsNotRetried() {
        probe.failingCalls.set(0);

        DataAccessException failure = assertThrows(DataAccessException.class, () -> probe.duplicateKey(ROW_A));

        assertFalse(TransactionRetry.isSerializationFailure(failure), failure.toString());
        assertEquals(1, probe.failingCalls.get());
        assertEquals(0, count("clearchain.transactions.retried", "RetryProbe.duplicateKey"));
    }

    @Test
    void aProgrammaticTransactionIsRetriedTooAndGivesUpWith503() {
        AtomicInteger calls = new AtomicInteger();

        DatabaseBusyException busy = assertThrows(DatabaseBusyException.class, () -> retry.run("probe.programmatic",
                () -> transactions.executeWrite(status -> {
                    probe.add(ROW_B);
                    calls.incrementAndGet();
                    throw RetryProbe.deadlock();
                })));

        assertEquals(3, calls.get(), "clearchain.database.retry.attempts");
        assertEquals(2, busy.retryAfter().toSeconds());
        assertEquals(0, count("SELECT n FROM retry_probe WHERE id = " + ROW_B), "every attempt rolled back");
        assertEquals(1, count("clearchain.transactions.exhausted", "probe.programmatic"));
        assertEquals(2, count("clearchain.transactions.retries", "probe.programmatic"));
    }

    @Test
    void aWriteAbortedEveryTimeAnswers503WithRetryAfterAndStoresNothing() {
        String officer = api.login("licensing");
        long agenciesBefore = count("SELECT COUNT(*) FROM agency");
        long auditBefore = count("SELECT COUNT(*) FROM audit_entry");
        agencyFault.calls.set(0);
        agencyFault.armed.set(RetryProbe.deadlock());

        Api.Response busy = api.post("/api/agencies", officer, RegisterFixture.agencyBody("Deadlocked Agency", "FR"));

        agencyFault.armed.set(null);
        assertEquals(503, busy.status(), busy::toString);
        assertEquals("2", busy.header("Retry-After"));
        assertTrue(busy.contentType().startsWith("application/problem+json"), busy.contentType());
        assertTrue(busy.text("detail").contains("nothing was changed"), busy.text("detail"));
        for (String internal : new String[] {"Exception", "SQL", "Deadlock", "40001", "1213", "org."}) {
            assertFalse(busy.raw().contains(internal), internal + " reaches the client: " + busy.raw());
        }
        assertEquals(3, agencyFault.calls.get(), "the whole registration ran three times");
        assertEquals(agenciesBefore, count("SELECT COUNT(*) FROM agency"), "nothing half-written");
        assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_entry"));

        Api.Response after = api.post("/api/agencies", officer, RegisterFixture.agencyBody("Deadlocked Agency", "FR"));
        assertEquals(201, after.status(), after::toString);
        assertEquals(agenciesBefore + 1, count("SELECT COUNT(*) FROM agency"));
    }

    @Test
    void aConsolePageAbortedEveryTimeAnswersA503PageInTheVisitorsLanguage() {
        long agenciesBefore = count("SELECT COUNT(*) FROM agency");
        for (String language : new String[] {"en", "fr"}) {
            Console officer = new Console(URI.create(server.getURL().toString() + "/")).language(language);
            officer.signIn("licensing", "demo-licensing");
            agencyFault.armed.set(RetryProbe.deadlock());
            Console.Page page = officer.submit("/officer/agencies/new", "/officer/agencies/new",
                    agencyForm("Deadlocked Placement " + language));
            agencyFault.armed.set(null);

            assertEquals(503, page.status(), page.html());
            assertEquals("2", page.header("Retry-After"));
            assertTrue(page.contentType().startsWith("text/html"), page.contentType());
            String expected = language.equals("fr") ? "Réessayez dans 2 secondes." : "Try again in 2 seconds.";
            assertTrue(page.html().contains(expected), page.html());
            assertTrue(page.html().contains(language.equals("fr") ? "Désolé, le service est indisponible"
                    : "Sorry, the service is unavailable"), page.html());
            assertFalse(page.html().contains("Exception") || page.html().contains("SQL"), page.html());
        }
        assertEquals(agenciesBefore, count("SELECT COUNT(*) FROM agency"));
    }

    @Test
    void aLockWaitTimeoutIsNotRetriedButAnswers503AndOtherSqlErrorsAreNeitherRetriedNorA503() {
        String officer = api.login("licensing");
        long agenciesBefore = count("SELECT COUNT(*) FROM agency");

        agencyFault.calls.set(0);
        agencyFault.armed.set(RetryProbe.sqlError("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
        Api.Response waited = api.post("/api/agencies", officer, RegisterFixture.agencyBody("Waiting Agency", "FR"));
        agencyFault.armed.set(null);

        assertEquals(503, waited.status(), waited::toString);
        assertEquals("2", waited.header("Retry-After"));
        assertFalse(waited.raw().contains("SQL") || waited.raw().contains("Exception"), waited.raw());
        assertEquals(1, agencyFault.calls.get(), "the statement already waited innodb_lock_wait_timeout: no second wait");

        agencyFault.calls.set(0);
        agencyFault.armed.set(RetryProbe.sqlError("Duplicate entry '1' for key 'PRIMARY'", "23000", 1062));
        Api.Response broken = api.post("/api/agencies", officer, RegisterFixture.agencyBody("Broken Agency", "FR"));
        agencyFault.armed.set(null);

        assertEquals(500, broken.status(), broken::toString);
        assertEquals(null, broken.header("Retry-After"));
        assertEquals(1, agencyFault.calls.get(), "not retried");
        assertEquals(agenciesBefore, count("SELECT COUNT(*) FROM agency"), "nothing half-written");
    }

    @Test
    void whatAUnitChangedInMemoryIsPutBackOnlyWhenItsTransactionRollsBack() {
        AtomicInteger undone = new AtomicInteger();

        assertThrows(DataAccessException.class, () -> transactions.executeWrite(status -> {
            retry.onRollback(undone::incrementAndGet);
            throw RetryProbe.deadlock();
        }));
        assertEquals(1, undone.get(), "rolled back: put back");

        transactions.executeWrite(status -> {
            retry.onRollback(undone::incrementAndGet);
            return null;
        });
        assertEquals(1, undone.get(), "committed: kept");
    }

    private static Map<String, String> agencyForm(String name) {
        Map<String, String> form = new HashMap<>(Map.of("legalName", name, "registrationNumber", "REG-" + name.length(),
                "country", "PH", "address", "1 Rizal Avenue, Manila", "contactEmail", "desk@example.org",
                "contactPhone", "+63 2 555 0100"));
        form.put("sector0", "1410");
        form.put("sector1", "");
        form.put("origin0", "PH");
        form.put("destination0", "AE");
        form.put("origin1", "");
        form.put("destination1", "");
        return form;
    }

    private double count(String counter, String unit) {
        Counter found = meters.find(counter).tag("unit", unit).counter();
        return found == null ? 0 : found.count();
    }
}
