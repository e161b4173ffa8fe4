package org.clearchain.scoring;

import java.time.LocalDate;

/**
 * A referral of a child victim from one of the supplier's sites (no identity data ever reaches scoring).
 *
 * @param referralId the referral's id, {@code null} when not known
 */
public record ChildReferral(LocalDate date, String siteId, String referralId) {

    public ChildReferral(LocalDate date, String siteId) {
        this(date, siteId, null);
    }
}
