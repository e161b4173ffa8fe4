package org.clearchain.scoring;

import java.time.LocalDate;

/**
 * A recruitment agency the supplier uses.
 *
 * @param licenceState {@code null} when the agency has no licence record (scored as unlicensed)
 * @param feeComplaintSubstantiated a recruitment-fee complaint against the agency has been substantiated
 * @param workforceSharePercent share of the supplier's workforce it placed, 0–100, {@code null} if unknown
 * @param lastPlacement date of its last placement at the supplier, {@code null} if unknown
 * @param lastRevokedOn the day a licence of the agency was last revoked, {@code null} if never
 */
public record AgencyUseFact(String agencyId, String agencyName, LicenceState licenceState,
                            boolean feeComplaintSubstantiated, Double workforceSharePercent, LocalDate lastPlacement,
                            LocalDate lastRevokedOn) {

    public AgencyUseFact(String agencyId, String agencyName, LicenceState licenceState,
                         boolean feeComplaintSubstantiated, Double workforceSharePercent, LocalDate lastPlacement) {
        this(agencyId, agencyName, licenceState, feeComplaintSubstantiated, workforceSharePercent, lastPlacement, null);
    }
}
