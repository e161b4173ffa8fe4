package org.clearchain.inspection;

/** Why a site is visited. */
public enum InspectionType { ROUTINE, COMPLAINT, FOLLOW_UP, JOINT }
