package org.clearchain.screening;

/** What a screening hit is about. */
public enum SubjectType { SUPPLIER, AGENCY }
