package org.clearchain.screening;

/** A hit waits for review (OPEN) until someone confirms it is the listed party or dismisses it as another. */
public enum HitStatus { OPEN, CONFIRMED, DISMISSED }
