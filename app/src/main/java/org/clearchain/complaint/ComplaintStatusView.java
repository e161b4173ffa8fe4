package org.clearchain.complaint;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** All the public learns of a complaint from its tracking code: where its handling stands. */
@Serdeable
public record ComplaintStatusView(String trackingCode, ComplaintStatus status, LocalDate filedOn, LocalDate lastChangedOn) {
}
