package org.clearchain.inspection;

import java.time.LocalDate;

/** Announced inside the completing transaction: the inspection's findings are final and published. */
public record InspectionCompleted(long inspectionId, long supplierId, long siteId, LocalDate visitDate) {
}
