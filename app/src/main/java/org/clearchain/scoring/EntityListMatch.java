package org.clearchain.scoring;

import java.time.LocalDate;

/**
 * A screening hit on a forced-labour entity list that a reviewer has confirmed.
 *
 * @param hitId the screening hit's id, {@code null} when not known
 */
public record EntityListMatch(String listName, LocalDate confirmedOn, String hitId) {

    public EntityListMatch(String listName, LocalDate confirmedOn) {
        this(listName, confirmedOn, null);
    }
}
