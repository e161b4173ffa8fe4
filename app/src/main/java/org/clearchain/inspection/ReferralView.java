package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.Map;

/**
 * A referral as its inspectorate sees it: the directory entries it names, by id and by their name today. A referral
 * made before the directory shows its old free text under {@code legacyServiceName} and {@code legacyGuardianService}.
 */
@Serdeable
public record ReferralView(long id, Headcount people, String nationality, AssistanceService service,
                           @Nullable Long serviceId, @Nullable String serviceName,
                           @Nullable Long guardianServiceId, @Nullable String guardianServiceName,
                           @Nullable String legacyServiceName, @Nullable String legacyGuardianService, boolean urgent,
                           LocalDate referredOn, String referredBy) {

    static ReferralView of(Referral r, Map<Long, AssistanceServiceEntry> directory) {
        return new ReferralView(r.id(), r.people(), r.nationality(), r.service(), r.serviceId(), name(r.serviceId(), directory),
                r.guardianServiceId(), name(r.guardianServiceId(), directory), r.legacyServiceName(),
                r.legacyGuardianService(), r.urgent(), r.referredOn(), r.referredBy());
    }

    private static String name(Long id, Map<Long, AssistanceServiceEntry> directory) {
        AssistanceServiceEntry entry = id == null ? null : directory.get(id);
        return entry == null ? null : entry.name();
    }
}
