package org.clearchain.scoring;

import java.time.LocalDate;

/** A referral of a child victim from one of the supplier's sites (no identity data ever reaches scoring). */
public record ChildReferral(LocalDate date, String siteId) { }
