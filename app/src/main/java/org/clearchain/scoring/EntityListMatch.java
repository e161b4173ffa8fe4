package org.clearchain.scoring;

import java.time.LocalDate;

/** A screening hit on a forced-labour entity list that a reviewer has confirmed. */
public record EntityListMatch(String listName, LocalDate confirmedOn) { }
