package org.clearchain.recruiter;

/**
 * Where an unlicensed-recruiter record stands: gathered and not yet looked at, looked at by an officer, merged into
 * another record (same recruiter under another spelling), or linked to the registered agency it turned out to be.
 */
public enum RecruiterStatus { UNREVIEWED, REVIEWED, MERGED, LINKED }
