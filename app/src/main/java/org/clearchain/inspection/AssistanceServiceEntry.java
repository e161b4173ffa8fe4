package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of an inspectorate's directory of assistance services: the only thing a referral may name as the service
 * it referred people to. Ended (from {@code endedOn}), never deleted, so old referrals keep their service.
 */
@Serdeable
@MappedEntity("assistance_service")
public record AssistanceServiceEntry(@Id @GeneratedValue @Nullable Long id,
                                     Long inspectorateId,
                                     String name,
                                     AssistanceService kind,
                                     String country,
                                     @Nullable String region,
                                     @Nullable String contact,
                                     @Nullable LocalDate endedOn,
                                     String createdBy,
                                     Instant createdAt,
                                     String updatedBy,
                                     Instant updatedAt) {

    /** Open to new referrals on {@code day}: not ended, or ending later. */
    boolean activeOn(LocalDate day) {
        return endedOn == null || endedOn.isAfter(day);
    }

    AssistanceServiceEntry corrected(AssistanceServiceCommand c, String by, Instant at) {
        return new AssistanceServiceEntry(id, inspectorateId, c.name().strip(), c.kind(), c.country(), blankToNull(c.region()),
                blankToNull(c.contact()), endedOn, createdBy, createdAt, by, at);
    }

    AssistanceServiceEntry ended(LocalDate on, String by, Instant at) {
        return new AssistanceServiceEntry(id, inspectorateId, name, kind, country, region, contact, on, createdBy, createdAt,
                by, at);
    }

    /** How a 400 names it among the choices: {@code 12 = Foyer Almería (SHELTER, ES, Andalucía)}. */
    String choice() {
        return id + " = " + name + " (" + kind + ", " + country + (region == null ? "" : ", " + region) + ")";
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
