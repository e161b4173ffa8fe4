package org.clearchain.audit;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.clearchain.security.Actor;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writers only insert their entry; the sealer chains committed entries afterwards. No writer waits on another for the
 * log, and the chain still proves the whole history. This class seals by hand (the scheduled sealer is off), in small
 * batches so that racing sealers interleave. The tamper tests break the chain for good, so they run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditSealingTest extends ApiTest {

    private static final TransactionDefinition OWN_TRANSACTION = TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);
    private static final Actor TESTER = new Actor("sealing-test", null, null);
    private static final long WAIT_SECONDS = 30;

    @Inject
    AuditLog audit;
    @Inject
    AuditSealer sealer;
    @Inject
    TransactionOperations<Connection> transactions;

    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private String admin;
    private RegisterFixture register;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.audit.seal-interval", "1000d", "clearchain.audit.seal-batch-size", "7");
    }

    @BeforeAll
    void logIn() {
        admin = api.login("admin");
        register = new RegisterFixture(api, api.login("licensing"));
    }

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @BeforeEach
    void sealWhatCameBefore() {
        sealer.sealPending();
    }

    @Test
    void aWriterAppendsAndCommitsWhileAnotherWritersTransactionIsStillOpen() throws Exception {
        AtomicLong first = new AtomicLong();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> firstWriter = threads.submit(() -> transactions.execute(OWN_TRANSACTION, status -> {
            first.set(audit.append(TESTER, "test.append", "test", "first", null, null).id());
            appended.countDown();
            awaitQuietly(release);
            return null;
        }));
        assertTrue(appended.await(WAIT_SECONDS, TimeUnit.SECONDS), "the first writer appended");
        long second;
        try {
            // The first writer's transaction is open with its entry inserted. Before, it also held the chain's head
            // locked, and this append waited for it (or, across cluster nodes, one of the two failed).
            second = threads.submit(() -> append("second")).get(WAIT_SECONDS, TimeUnit.SECONDS);
            // the sealer does not wait for the open transaction either: it seals what has committed
            threads.submit(sealer::sealPending).get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(seqOf(second), "the committed entry is sealed");
            assertFalse(hasRow(first.get()), "the open transaction's entry is not seen yet");
        } finally {
            release.countDown();
        }
        firstWriter.get(WAIT_SECONDS, TimeUnit.SECONDS);

        sealer.sealPending();

        assertTrue(first.get() < second, "the first writer's entry has the lower id");
        assertTrue(seqOf(first.get()) > seqOf(second), "committed later, so sealed later: the chain's order is the seal order");
        assertValid(api.get("/api/audit/verify", admin));
    }

    @Test
    void aWriterAppendsAndCommitsWhileTheSealersTransactionIsStillOpen() throws Exception {
        append("to-be-sealed");
        CountDownLatch sealing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // a sealer stopped inside its transaction: the head locked, a batch sealed (rows updated), not yet committed
        Future<Integer> openSealer = threads.submit(() -> transactions.execute(OWN_TRANSACTION, status -> {
            int sealed = sealer.sealBatch();
            sealing.countDown();
            awaitQuietly(release);
            return sealed;
        }));
        assertTrue(sealing.await(WAIT_SECONDS, TimeUnit.SECONDS), "the sealer sealed a batch");
        long written;
        try {
            written = threads.submit(() -> append("while-sealing")).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            release.countDown();
        }
        assertTrue(openSealer.get(WAIT_SECONDS, TimeUnit.SECONDS) > 0);
        assertNull(seqOf(written), "written after the sealer read its batch: sealed next time");

        sealer.sealPending();

        assertNotNull(seqOf(written));
        assertValid(api.get("/api/audit/verify", admin));
    }

    @Test
    void manyWritersAtOnceAllSucceedAndTheChainProvesEveryOne() throws Exception {
        List<Future<Long>> writes = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            String name = "Concurrent Writer Agency " + i;
            writes.add(threads.submit(() -> register.agency(name)));
        }
        // and, meanwhile, a sealer at work
        Future<Integer> sealing = threads.submit(() -> {
            int sealed = 0;
            for (int i = 0; i < 10; i++) {
                sealed += sealer.sealPending();
            }
            return sealed;
        });
        for (Future<Long> write : writes) {
            write.get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        sealing.get(WAIT_SECONDS, TimeUnit.SECONDS);

        Api.Response verified = api.get("/api/audit/verify", admin);

        assertValid(verified);
        assertEquals(count("SELECT COUNT(*) FROM audit_entry"), verified.number("entries"), "verify seals first, so it covers every entry");
        assertEquals(48, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'agency.register' AND seq IS NOT NULL"
                + " AND after_summary LIKE '%Concurrent Writer Agency%'"));
    }

    @Test
    void sealingNumbersCommittedEntriesInIdOrderAndChainsEachToTheOneBefore() {
        long headBefore = count("SELECT last_seq FROM audit_head");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(append("in-order-" + i));
        }
        assertNull(seqOf(ids.get(0)), "an entry is not in the chain until sealed");

        assertEquals(10, sealer.sealPending(), "ten entries, in batches of seven");

        String previous = headBefore == 0 ? "0".repeat(64) : text("SELECT hash FROM audit_entry WHERE seq = " + headBefore);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            assertEquals(headBefore + i + 1, seqOf(id));
            assertEquals(previous, text("SELECT prev_hash FROM audit_entry WHERE id = " + id));
            previous = text("SELECT hash FROM audit_entry WHERE id = " + id);
        }
        assertEquals(headBefore + 10, count("SELECT last_seq FROM audit_head"));
        assertEquals(previous, text("SELECT last_hash FROM audit_head"));
        assertEquals(0, sealer.sealPending(), "nothing is sealed twice");
    }

    @Test
    void twoSealersRacingMakeOneChainWithoutGapsOrDuplicates() throws Exception {
        long headBefore = count("SELECT last_seq FROM audit_head");
        for (int i = 0; i < 60; i++) {
            append("before-the-race-" + i);
        }
        CyclicBarrier start = new CyclicBarrier(3);
        Callable<Integer> racingSealer = () -> {
            start.await(WAIT_SECONDS, TimeUnit.SECONDS);
            int sealed = 0;
            for (int i = 0; i < 5; i++) {
                sealed += sealer.sealPending();
            }
            return sealed;
        };
        Future<Integer> one = threads.submit(racingSealer);
        Future<Integer> two = threads.submit(racingSealer);
        Future<?> writer = threads.submit(() -> {
            start.await(WAIT_SECONDS, TimeUnit.SECONDS);
            for (int i = 0; i < 30; i++) {
                append("during-the-race-" + i);
            }
            return null;
        });
        writer.get(WAIT_SECONDS, TimeUnit.SECONDS);
        int sealed = one.get(WAIT_SECONDS, TimeUnit.SECONDS) + two.get(WAIT_SECONDS, TimeUnit.SECONDS) + sealer.sealPending();

        long head = count("SELECT last_seq FROM audit_head");
        assertEquals(head - headBefore, sealed, "each entry sealed by exactly one sealer");
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE actor = 'sealing-test' AND seq IS NULL"));
        assertEquals(1, count("SELECT MIN(seq) FROM audit_entry"));
        assertEquals(head, count("SELECT MAX(seq) FROM audit_entry"));
        assertEquals(head, count("SELECT COUNT(DISTINCT seq) FROM audit_entry WHERE seq IS NOT NULL"), "no gap, no duplicate");
        assertValid(api.get("/api/audit/verify", admin));
    }

    @Test
    void anEntryIsListedWithoutSeqOrHashesUntilSealed() {
        long agency = register.agency("Listed Before Sealing Ltd");

        JsonNode unsealed = latestEntryFor("agency", agency);
        assertTrue(unsealed.get("id").getLongValue() > 0, unsealed::toString);
        assertTrue(unsealed.get("seq").isNull(), unsealed::toString);
        assertTrue(unsealed.get("prevHash").isNull(), unsealed::toString);
        assertTrue(unsealed.get("hash").isNull(), unsealed::toString);

        sealer.sealPending();

        JsonNode sealed = latestEntryFor("agency", agency);
        assertEquals(unsealed.get("id").getLongValue(), sealed.get("id").getLongValue());
        assertEquals(count("SELECT seq FROM audit_entry WHERE id = " + sealed.get("id").getLongValue()), sealed.get("seq").getLongValue());
        assertEquals(64, sealed.get("hash").getStringValue().length());
    }

    @Test
    void verifyingSealsFirstSoItCoversAnEntryWrittenJustBefore() {
        long id = append("just-before-verify");

        Api.Response verified = api.get("/api/audit/verify", admin);

        assertValid(verified);
        assertEquals(count("SELECT last_seq FROM audit_head"), verified.number("entries"));
        assertEquals(verified.number("entries"), seqOf(id), "the newest entry is the last one verified");
    }

    @Test
    @Order(Order.DEFAULT + 1)
    void anEntryRemovedFromTheMiddleIsFound() {
        for (int i = 0; i < 3; i++) {
            append("around-the-removed-" + i);
        }
        sealer.sealPending();
        long removed = count("SELECT MAX(seq) FROM audit_entry") - 1;

        execute("DELETE FROM audit_entry WHERE seq = " + removed);

        Api.Response verified = api.get("/api/audit/verify", admin);
        assertFalse(verified.body().get("valid").getBooleanValue(), verified::toString);
        assertEquals(removed + 1, verified.body().get("firstBroken").get("seq").getLongValue(), verified::toString);
        assertTrue(verified.body().get("firstBroken").get("reason").getStringValue().contains("entry " + removed + " is missing"),
                verified::toString);
    }

    @Test
    @Order(Order.DEFAULT + 2)
    void aSealedEntryAlteredThroughTheDatabaseIsFound() {
        long altered = count("SELECT seq FROM audit_entry WHERE actor = 'sealing-test' AND seq IS NOT NULL ORDER BY seq LIMIT 1");

        execute("UPDATE audit_entry SET entity_id = 'forged' WHERE seq = " + altered);

        Api.Response verified = api.get("/api/audit/verify", admin);
        assertFalse(verified.body().get("valid").getBooleanValue(), verified::toString);
        assertEquals(altered, verified.body().get("firstBroken").get("seq").getLongValue(), verified::toString);
        assertTrue(verified.body().get("firstBroken").get("reason").getStringValue().contains("altered"), verified::toString);
        assertEquals(altered - 1, verified.number("entries"), "entries before the break were checked");
    }

    private long append(String entityId) {
        return transactions.execute(OWN_TRANSACTION,
                status -> audit.append(TESTER, "test.append", "test", entityId, null, Map.of("note", entityId)).id());
    }

    private void assertValid(Api.Response verified) {
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.body().get("valid").getBooleanValue(), verified::toString);
    }

    private JsonNode latestEntryFor(String entityType, long entityId) {
        Api.Response r = api.get("/api/audit?entityType=" + entityType + "&entityId=" + entityId, admin);
        assertEquals(200, r.status(), r::toString);
        return r.body().get("items").get(0);
    }

    private Long seqOf(long id) {
        return (Long) value("SELECT seq FROM audit_entry WHERE id = " + id);
    }

    private boolean hasRow(long id) {
        return count("SELECT COUNT(*) FROM audit_entry WHERE id = " + id) == 1;
    }

    private String text(String sql) {
        return (String) value(sql);
    }

    private Object value(String sql) {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(2 * WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the open transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
