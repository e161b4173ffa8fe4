package org.clearchain.scoring;

import java.time.LocalDate;

/**
 * A screening hit on a forced-labour or sanctions list that no one has reviewed yet. It earns no points (a name that
 * looks alike is not a listing) but is shown, so that a supplier does not look clean while a possible listing waits.
 *
 * @param forcedLabourList whether the list is a forced-labour list (else a sanctions list)
 * @param hitId the screening hit's id, {@code null} when not known
 */
public record PossibleListing(String listName, boolean forcedLabourList, LocalDate raisedOn, String hitId) {
}
