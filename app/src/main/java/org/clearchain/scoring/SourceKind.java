package org.clearchain.scoring;

/** Who reported a finding; the methodology gives each a trust factor. */
public enum SourceKind { INSPECTORATE, THIRD_PARTY_AUDIT, COMPLAINT_OR_NGO, SELF_DECLARATION }
