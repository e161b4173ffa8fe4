package org.clearchain.integrations.agencyregister;

import java.time.LocalDate;
import java.util.List;

/**
 * One licence of another authority's register, with the agency that holds it. The licence number is the key:
 * the same number again updates the licence, and its status moves through the licence lifecycle.
 */
public record RegisteredLicence(String licenceNumber, String agencyName, String registrationNumber, String country,
                                String status, LocalDate validFrom, LocalDate validUntil, String scope, String address,
                                List<String> sectors) { }
