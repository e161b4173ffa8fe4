package org.clearchain.complaint;

import org.clearchain.reference.ComplaintCategory;

/**
 * Announced when a complaint against a registered agency is substantiated (one against an unlicensed recruiter not
 * linked to an agency touches no score): the agency's risk, and its suppliers', change.
 */
public record ComplaintSubstantiated(long complaintId, long agencyId, ComplaintCategory category) { }
