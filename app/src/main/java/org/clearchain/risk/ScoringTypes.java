package org.clearchain.risk;

import io.micronaut.serde.annotation.SerdeImport;
import org.clearchain.scoring.AgencyRiskAssessment;
import org.clearchain.scoring.AppliedFloor;
import org.clearchain.scoring.Contribution;
import org.clearchain.reference.ReferenceEdition;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.scoring.SourceRecord;

/** The scoring engine's records stay free of framework annotations; this lets the API read and write them. */
@SerdeImport(RiskAssessment.class)
@SerdeImport(AgencyRiskAssessment.class)
@SerdeImport(Contribution.class)
@SerdeImport(AppliedFloor.class)
@SerdeImport(ReferenceEdition.class)
@SerdeImport(SourceRecord.class)
final class ScoringTypes {
    private ScoringTypes() {
    }
}
