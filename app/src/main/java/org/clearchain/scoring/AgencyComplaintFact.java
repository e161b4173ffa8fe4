package org.clearchain.scoring;

import org.clearchain.reference.ComplaintCategory;

import java.time.LocalDate;

/** A complaint against an agency that has been substantiated. */
public record AgencyComplaintFact(String complaintId, ComplaintCategory category, LocalDate substantiatedOn) { }
