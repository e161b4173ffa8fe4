package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An inspection with its findings, corrective actions and addenda. {@code referrals} is null for anyone but the
 * referring inspectorate and the admin.
 */
@Serdeable
public record InspectionView(Inspection inspection, List<FindingView> findings, @Nullable List<ReferralView> referrals,
                             List<InspectionAddendum> addenda) {
}
