package org.clearchain.licence;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The public lookup's memory: filled in bulk, never left holding a row older than a move on this instance. */
class PublicLicenceLookupTest {

    private final FakeRegister register = new FakeRegister();
    private final PublicLicenceLookup lookup = new PublicLicenceLookup(register, Duration.ofSeconds(15), 1000);

    @Test
    void reloadAnswersLookupsWithoutASingleLicenceQuery() {
        register.rows.add(licence("CC-2026-000001", LicenceStatus.ACTIVE));

        lookup.reload();

        assertEquals(LicenceStatus.ACTIVE, lookup.find("CC-2026-000001").orElseThrow().status());
        assertEquals(0, register.singleLookups);
    }

    @Test
    void moveCommittedWhileAReloadRunsIsNotUndoneByTheReloadsOlderRow() {
        register.rows.add(licence("CC-2026-000001", LicenceStatus.ACTIVE));
        register.duringBulkRead = () -> {
            register.rows.set(0, licence("CC-2026-000001", LicenceStatus.SUSPENDED));
            lookup.onLicenceStatusChanged(new LicenceStatusChanged(1, "CC-2026-000001", 1, LicenceAction.SUSPEND,
                    LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED, Instant.now()));
        };

        lookup.reload();

        assertEquals(LicenceStatus.SUSPENDED, lookup.find("CC-2026-000001").orElseThrow().status());
    }

    private static PublicLicence licence(String number, LicenceStatus status) {
        return new PublicLicence(number, 1, "Agency", "PH", "Authority", status, LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 1, 1));
    }

    /** Reads as the database would: the bulk read sees the rows as they were when it began. */
    private static final class FakeRegister implements PublicLicenceRepository {
        final List<PublicLicence> rows = new ArrayList<>();
        Runnable duringBulkRead = () -> { };
        int singleLookups;

        @Override
        public Optional<PublicLicence> findPublic(String number) {
            singleLookups++;
            return rows.stream().filter(l -> l.number().equals(number)).findFirst();
        }

        @Override
        public List<PublicLicence> findNewestPublic(int limit) {
            List<PublicLicence> snapshot = List.copyOf(rows);
            duringBulkRead.run();
            return snapshot;
        }

        @Override
        public List<PublicLicence> findPublicByAgencyIds(List<Long> agencyIds) {
            return List.of();
        }
    }
}
