package org.clearchain.risk;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.security.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A supplier's stored risk for other features (reports): the latest assessment, as its reader may see it, and the
 * history, read only.
 */
@Singleton
public class SupplierRisk {

    private final RiskSnapshotRepository snapshots;
    private final JsonMapper json;
    private final ContributionVisibility visibility;

    SupplierRisk(RiskSnapshotRepository snapshots, JsonMapper json, ContributionVisibility visibility) {
        this.snapshots = snapshots;
        this.json = json;
        this.visibility = visibility;
    }

    /**
     * The latest snapshot's assessment as {@code reader} may see it ({@link ContributionVisibility}); empty when the
     * supplier was never scored. The caller has checked that the reader may read the supplier.
     */
    public Optional<RiskAssessment> latest(Actor reader, long supplierId) {
        return snapshots.findFirstBySupplierIdOrderByIdDesc(supplierId).map(this::read).map(a -> visibility.present(reader, a));
    }

    /** Newest first; causes name only records the reader may read. */
    public List<RiskHistoryEntry> history(Actor reader, long supplierId) {
        return visibility.present(reader, snapshots.history(supplierId));
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
