package org.clearchain.risk;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.clearchain.scoring.RiskAssessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** A supplier's stored risk for other features (reports): the latest assessment and the history, read only. */
@Singleton
public class SupplierRisk {

    private final RiskSnapshotRepository snapshots;
    private final JsonMapper json;

    SupplierRisk(RiskSnapshotRepository snapshots, JsonMapper json) {
        this.snapshots = snapshots;
        this.json = json;
    }

    /** The latest snapshot's assessment; empty when the supplier was never scored. */
    public Optional<RiskAssessment> latest(long supplierId) {
        return snapshots.findFirstBySupplierIdOrderByIdDesc(supplierId).map(this::read);
    }

    /** Newest first. */
    public List<RiskHistoryEntry> history(long supplierId) {
        return snapshots.history(supplierId);
    }

    RiskAssessment read(RiskSnapshot snapshot) {
        try {
            return snapshot.assessmentPacked() == null ? json.readValue(snapshot.assessment(), RiskAssessment.class)
                    : json.readValue(AssessmentPacking.unpack(snapshot.assessmentPacking(), snapshot.assessmentPacked()),
                            RiskAssessment.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
