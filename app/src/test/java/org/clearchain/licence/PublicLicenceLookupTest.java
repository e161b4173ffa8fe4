package org.clearchain.licence;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public lookup's memory: filled in bulk, refreshed with what changed, never holding a row older than a move. */
class PublicLicenceLookupTest {

    private final FakeRegister register = new FakeRegister();
    private final PublicLicenceLookup lookup = new PublicLicenceLookup(register, Clock.systemUTC(), 1000);

    @Test
    void theFirstRefreshLoadsTheRegisterSoLookupsNeedNoQuery() {
        register.rows.add(licence("CC-2026-000001", LicenceStatus.ACTIVE));

        lookup.refresh();

        assertEquals(LicenceStatus.ACTIVE, lookup.find("CC-2026-000001").orElseThrow().status());
        assertEquals(0, register.singleLookups);
        assertEquals(1, register.bulkLoads);
    }

    @Test
    void laterRefreshesReadOnlyWhatChangedSinceTheLastLookWithAMargin() {
        lookup.refresh();
        Instant before = Instant.now();
        register.changed.add(licence("CC-2026-000002", LicenceStatus.REVOKED));

        lookup.refresh();

        assertEquals(1, register.bulkLoads);
        assertTrue(register.lastSince.isBefore(before.minusSeconds(29)), "the margin covers late commits");
        assertEquals(LicenceStatus.REVOKED, lookup.find("CC-2026-000002").orElseThrow().status());
        assertEquals(0, register.singleLookups);
    }

    @Test
    void aMoveCommittedWhileARefreshRunsIsNotUndoneByTheRefreshsOlderRow() {
        register.rows.add(licence("CC-2026-000001", LicenceStatus.ACTIVE));
        register.duringRead = () -> {
            register.rows.set(0, licence("CC-2026-000001", LicenceStatus.SUSPENDED));
            lookup.onLicenceStatusChanged(new LicenceStatusChanged(1, "CC-2026-000001", 1, LicenceAction.SUSPEND,
                    LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED, Instant.now()));
        };

        lookup.refresh();

        assertEquals(LicenceStatus.SUSPENDED, lookup.find("CC-2026-000001").orElseThrow().status());
    }

    @Test
    void whenMoreChangedThanMemoryHoldsMemoryIsEmptiedRatherThanLeftHalfStale() {
        PublicLicenceLookup small = new PublicLicenceLookup(register, Clock.systemUTC(), 2);
        register.rows.add(licence("CC-2026-000001", LicenceStatus.ACTIVE));
        small.refresh();
        register.rows.set(0, new PublicLicence("CC-2026-000001", 1, "Agency", "PH", "Authority", LicenceStatus.ACTIVE,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null));
        for (int i = 2; i <= 4; i++) {
            register.changed.add(licence("CC-2026-00000" + i, LicenceStatus.ACTIVE));
        }

        small.refresh();

        assertEquals(LocalDate.of(2026, 6, 30), small.find("CC-2026-000001").orElseThrow().validUntil(),
                "read again from the register, not the stale memory");
        assertEquals(1, register.singleLookups);
    }

    private static PublicLicence licence(String number, LicenceStatus status) {
        return new PublicLicence(number, 1, "Agency", "PH", "Authority", status, LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 1, 1), null);
    }

    /** Reads as the database would: a read sees the rows as they were when it began. */
    private static final class FakeRegister implements PublicLicenceRepository {
        final List<PublicLicence> rows = new ArrayList<>();
        final List<PublicLicence> changed = new ArrayList<>();
        Runnable duringRead = () -> { };
        int singleLookups;
        int bulkLoads;
        Instant lastSince;

        @Override
        public Optional<PublicLicence> findPublic(String number) {
            singleLookups++;
            return rows.stream().filter(l -> l.number().equals(number)).findFirst();
        }

        @Override
        public List<PublicLicence> findNewestPublic(int limit) {
            bulkLoads++;
            List<PublicLicence> snapshot = List.copyOf(rows);
            duringRead.run();
            return snapshot;
        }

        @Override
        public List<PublicLicence> findPublicChangedSince(Instant since, int limit) {
            lastSince = since;
            return List.copyOf(changed.subList(0, Math.min(limit, changed.size())));
        }

        @Override
        public List<PublicLicence> findPublicByAgencyIds(List<Long> agencyIds) {
            return List.of();
        }
    }
}
