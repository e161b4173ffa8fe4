package org.clearchain.inspection;

/** PLANNED → COMPLETED → CLOSED. Once COMPLETED the record changes only through addenda. */
public enum InspectionStatus { PLANNED, COMPLETED, CLOSED }
