package org.clearchain.scoring;

import org.clearchain.complaint.ComplaintCategory;

import java.time.LocalDate;

/** A complaint against an agency that has been substantiated. */
public record AgencyComplaintFact(String complaintId, ComplaintCategory category, LocalDate substantiatedOn) { }
