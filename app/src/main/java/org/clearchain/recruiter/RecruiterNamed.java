package org.clearchain.recruiter;

/** Announced inside the writing transaction when a name gathers into a new unlicensed-recruiter record. */
public record RecruiterNamed(long recruiterId) {
}
