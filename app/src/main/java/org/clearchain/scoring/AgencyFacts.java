package org.clearchain.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * What scoring knows of one agency.
 *
 * @param licenceState {@code null} when there is no licence record (scored as unlicensed)
 * @param sectors ISIC codes of the sectors it serves, for the high-risk sector flag
 * @param lastRevokedOn the day a licence of the agency was last revoked, {@code null} if never
 */
public record AgencyFacts(String agencyId, String name, LicenceState licenceState, List<String> sectors,
                          List<AgencyComplaintFact> substantiatedComplaints, List<AgencyFindingFact> findings,
                          LocalDate lastRevokedOn) {
    public AgencyFacts(String agencyId, String name, LicenceState licenceState, List<String> sectors,
                       List<AgencyComplaintFact> substantiatedComplaints, List<AgencyFindingFact> findings) {
        this(agencyId, name, licenceState, sectors, substantiatedComplaints, findings, null);
    }

    public AgencyFacts {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        substantiatedComplaints = substantiatedComplaints == null ? List.of() : List.copyOf(substantiatedComplaints);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
