package org.clearchain.complaint;

import org.clearchain.reference.ComplaintCategory;

/** Announced when a complaint against an agency is substantiated: the agency's risk, and its suppliers', change. */
public record ComplaintSubstantiated(long complaintId, long agencyId, ComplaintCategory category) { }
