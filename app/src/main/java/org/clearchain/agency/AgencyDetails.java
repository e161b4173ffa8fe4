package org.clearchain.agency;

import io.micronaut.serde.annotation.Serdeable;
import org.clearchain.licence.LicenceView;

import java.util.List;

/** An agency with its licences, as {@code GET /api/agencies/{id}} answers. */
@Serdeable
public record AgencyDetails(Agency agency, List<LicenceView> licences) {
}
