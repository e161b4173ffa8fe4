package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A referral as its inspectorate sees it. */
@Serdeable
public record ReferralView(long id, Headcount people, String nationality, AssistanceService service,
                           @Nullable String serviceName, @Nullable String guardianService, boolean urgent,
                           LocalDate referredOn, String referredBy) {

    static ReferralView of(Referral r) {
        return new ReferralView(r.id(), r.people(), r.nationality(), r.service(), r.serviceName(), r.guardianService(),
                r.urgent(), r.referredOn(), r.referredBy());
    }
}
