package org.clearchain.complaint;

import org.clearchain.common.StateMachine;

import java.util.Arrays;
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

    static Optional<ComplaintAction> of(String pathSegment) {
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(pathSegment)).findFirst();
    }
}
