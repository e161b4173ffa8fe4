package org.clearchain.inspection;

import org.clearchain.reference.Indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A finding with its workers affected and the corrective actions set for it. */
@Serdeable
public record FindingView(long id, Indicator indicator, Indicator.Kind kind, String description,
                          EvidenceSource evidenceSource, @Nullable Long agencyId, Headcount workersAffected,
                          List<CorrectiveAction> correctiveActions) {

    static FindingView of(Finding f, List<CorrectiveAction> actions) {
        return new FindingView(f.id(), f.indicator(), f.kind(), f.description(), f.evidenceSource(), f.agencyId(),
                f.affected(), actions);
    }
}
