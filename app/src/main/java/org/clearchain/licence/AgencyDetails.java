package org.clearchain.licence;

import org.clearchain.agency.Agency;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An agency with its licences, as {@code GET /api/agencies/{id}} answers. */
@Serdeable
public record AgencyDetails(Agency agency, List<LicenceView> licences) {
}
