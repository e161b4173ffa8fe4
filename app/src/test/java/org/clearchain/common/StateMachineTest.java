package org.clearchain.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateMachineTest {

    enum Light { RED, GREEN, OFF }

    enum Switch { GO, STOP, FAIL }

    private final StateMachine<Light, Switch> machine = StateMachine.of(Light.class, Switch.class)
            .allow(Light.RED, Switch.GO, Light.GREEN)
            .allow(Light.GREEN, Switch.STOP, Light.RED)
            .automatic(Light.GREEN, Switch.FAIL, Light.OFF);

    @Test
    void anAllowedMoveGivesTheNextState() {
        assertEquals(Light.GREEN, machine.require(Light.RED, Switch.GO, "Light"));
    }

    @Test
    void aRefusedMoveIsA409NamingWhatIsAllowedButNotTheAutomaticMoves() {
        ProblemException e = assertThrows(ProblemException.class, () -> machine.require(Light.GREEN, Switch.GO, "Light"));

        assertEquals(409, e.status().getCode());
        assertEquals(List.of("stop → RED"), e.allowedTransitions());
        assertTrue(e.getMessage().contains("GREEN"), e.getMessage());
    }

    @Test
    void aTerminalStateSaysSo() {
        ProblemException e = assertThrows(ProblemException.class, () -> machine.require(Light.OFF, Switch.GO, "Light"));

        assertTrue(e.getMessage().contains("OFF is final"), e.getMessage());
        assertTrue(e.allowedTransitions().isEmpty());
    }

    @Test
    void theActionsOpenFromAStateLeaveOutTheAutomaticOnes() {
        assertEquals(List.of(Switch.STOP), machine.actionsFrom(Light.GREEN));
        assertEquals(List.of(Switch.GO), machine.actionsFrom(Light.RED));
        assertTrue(machine.actionsFrom(Light.OFF).isEmpty());
    }
}
