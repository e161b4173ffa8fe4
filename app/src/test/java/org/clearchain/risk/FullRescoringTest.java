package org.clearchain.risk;

import org.clearchain.scoring.RiskAssessment;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The nightly full run, which writes on a second thread while it reads, keeps the same snapshots as one at a time. */
class FullRescoringTest extends ApiTest {

    @Test
    void aFullRunKeepsOneSnapshotPerSupplierWithTheLatestScoreBesideItAndTheNextRunNone() throws IOException {
        for (String country : List.of("BD", "VN", "RO")) {
            execute("INSERT INTO supplier (name, name_key, country, sectors, goods, created_at, updated_at) VALUES ('Full Run "
                    + country + "', 'full run " + country.toLowerCase() + "', '" + country
                    + "', '[\"1410\"]', '[]', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        }
        var context = server.getApplicationContext();
        long suppliers = count("SELECT COUNT(*) FROM supplier");

        int scored = context.getBean(RescoringTriggers.class).rescoreAll("first run");

        assertEquals(suppliers, scored);
        assertEquals(3, count("""
                SELECT COUNT(*) FROM risk_snapshot r JOIN supplier s ON s.id = r.supplier_id
                WHERE r.reason = 'first run' AND s.name LIKE 'Full Run %'"""));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM supplier s JOIN risk_snapshot r ON r.supplier_id = s.id AND r.reason = 'first run'
                WHERE NOT (s.risk_score <=> r.score AND s.risk_band <=> r.band)"""));
        RiskSnapshotRepository snapshots = context.getBean(RiskSnapshotRepository.class);
        Rescoring rescoring = context.getBean(Rescoring.class);
        long id = count("SELECT id FROM supplier WHERE name = 'Full Run VN'");
        RiskSnapshot stored = snapshots.findFirstBySupplierIdOrderByIdDesc(id).orElseThrow();
        assertEquals(rescoring.score(List.of(id), "check").assessments(),
                List.of(context.getBean(SupplierRisk.class).read(stored)));

        context.getBean(RescoringTriggers.class).rescoreAll("second run");

        assertEquals(0, count("SELECT COUNT(*) FROM risk_snapshot WHERE reason = 'second run'"));
    }
}
