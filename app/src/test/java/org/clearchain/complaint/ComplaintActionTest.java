package org.clearchain.complaint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The moves a page offers for a complaint are the ones its handling allows from where it stands. */
class ComplaintActionTest {

    @Test
    void eachStatusOffersExactlyTheMovesItsHandlingAllows() {
        assertEquals(List.of(ComplaintAction.INVESTIGATE), ComplaintAction.allowedFrom(ComplaintStatus.RECEIVED));
        assertEquals(List.of(ComplaintAction.SUBSTANTIATE, ComplaintAction.UNSUBSTANTIATE),
                ComplaintAction.allowedFrom(ComplaintStatus.INVESTIGATING));
        assertEquals(List.of(ComplaintAction.CLOSE), ComplaintAction.allowedFrom(ComplaintStatus.SUBSTANTIATED));
        assertEquals(List.of(ComplaintAction.CLOSE), ComplaintAction.allowedFrom(ComplaintStatus.UNSUBSTANTIATED));
        assertEquals(List.of(), ComplaintAction.allowedFrom(ComplaintStatus.CLOSED));
    }

    @Test
    void aMoveLeadsWhereTheHandlingSays() {
        assertEquals(ComplaintStatus.INVESTIGATING, ComplaintAction.INVESTIGATE.from(ComplaintStatus.RECEIVED).orElseThrow());
        assertEquals(java.util.Optional.empty(), ComplaintAction.CLOSE.from(ComplaintStatus.RECEIVED));
    }
}
