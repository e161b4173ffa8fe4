package org.clearchain.complaint;

import org.clearchain.common.StateMachine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.clearchain.complaint.ComplaintStatus.CLOSED;
import static org.clearchain.complaint.ComplaintStatus.INVESTIGATING;
import static org.clearchain.complaint.ComplaintStatus.RECEIVED;
import static org.clearchain.complaint.ComplaintStatus.SUBSTANTIATED;
import static org.clearchain.complaint.ComplaintStatus.UNSUBSTANTIATED;

/** The moves of a complaint's handling, and which are allowed from where. */
public enum ComplaintAction {
    INVESTIGATE, SUBSTANTIATE, UNSUBSTANTIATE, CLOSE;

    static final StateMachine<ComplaintStatus, ComplaintAction> MOVES = StateMachine.of(ComplaintStatus.class, ComplaintAction.class)
            .allow(RECEIVED, INVESTIGATE, INVESTIGATING)
            .allow(INVESTIGATING, SUBSTANTIATE, SUBSTANTIATED)
            .allow(INVESTIGATING, UNSUBSTANTIATE, UNSUBSTANTIATED)
            .allow(SUBSTANTIATED, CLOSE, CLOSED)
            .allow(UNSUBSTANTIATED, CLOSE, CLOSED);

    /** The moves open from this status, in the order of the handling. */
    public static List<ComplaintAction> allowedFrom(ComplaintStatus status) {
        return Arrays.stream(values()).filter(a -> MOVES.next(status, a).isPresent()).toList();
    }

    /** The status this move leads to from {@code status}, if it is allowed from there. */
    public Optional<ComplaintStatus> from(ComplaintStatus status) {
        return MOVES.next(status, this);
    }

    public static Optional<ComplaintAction> of(String pathSegment) {
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(pathSegment)).findFirst();
    }
}
