package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * A licence as its authority and other professionals see it. {@code status} is as of today (an ACTIVE licence
 * past its end date shows EXPIRED); {@code allowedActions} are the moves open from there.
 */
@Serdeable
public record LicenceView(String number,
                          long agencyId,
                          long authorityId,
                          String scope,
                          LocalDate validFrom,
                          LocalDate validUntil,
                          @Nullable String conditions,
                          LicenceStatus status,
                          boolean validToday,
                          List<String> allowedActions) {

    public static LicenceView of(Licence l, LocalDate today) {
        LicenceStatus status = l.statusOn(today);
        return new LicenceView(l.number(), l.agencyId(), l.authorityId(), l.scope(), l.validFrom(), l.validUntil(),
                l.conditions(), status, isValidOn(status, l.validFrom(), today),
                LicenceLifecycle.MOVES.describeAllowed(status));
    }

    public static boolean isValidOn(LicenceStatus status, LocalDate validFrom, LocalDate today) {
        return status == LicenceStatus.ACTIVE && !today.isBefore(validFrom);
    }
}
