package org.clearchain.licence;


import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An agency in the public register: who it is and whether its licences are valid today. No contact data. */
@Serdeable
public record PublicAgency(long id, String legalName, String registrationNumber, String country,
                           List<String> sectors, List<PublicLicenceView> licences) {
}
