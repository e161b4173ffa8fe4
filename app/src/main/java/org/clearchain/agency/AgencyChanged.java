package org.clearchain.agency;

import java.util.List;

/** Announced inside the writing transaction when agencies are registered or their name or numbers corrected. */
public record AgencyChanged(List<Long> agencyIds, String reason) {
}
