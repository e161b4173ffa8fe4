package org.clearchain.common;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The allowed moves of a lifecycle: which action leads from which state to which. Used by the licence and
 * complaint lifecycles so that "what may I do now?" has one answer, also quoted in a refused move's 409.
 */
public final class StateMachine<S extends Enum<S>, A extends Enum<A>> {

    private final Map<S, Map<A, S>> moves;
    private final Set<A> automatic = new HashSet<>();
    private final Class<A> actionType;

    private StateMachine(Class<S> stateType, Class<A> actionType) {
        this.moves = new EnumMap<>(stateType);
        this.actionType = actionType;
    }

    public static <S extends Enum<S>, A extends Enum<A>> StateMachine<S, A> of(Class<S> states, Class<A> actions) {
        return new StateMachine<>(states, actions);
    }

    public StateMachine<S, A> allow(S from, A action, S to) {
        moves.computeIfAbsent(from, s -> new EnumMap<>(actionType)).put(action, to);
        return this;
    }

    /** A move the system makes by itself (such as expiry by date); never offered to, or taken by, a person. */
    public StateMachine<S, A> automatic(S from, A action, S to) {
        automatic.add(action);
        return allow(from, action, to);
    }

    public Optional<S> next(S from, A action) {
        return Optional.ofNullable(moves.getOrDefault(from, Map.of()).get(action));
    }

    /** The action that moves {@code from} to {@code to} in one step, automatic ones included (a feed reports them). */
    public Optional<A> actionBetween(S from, S to) {
        return moves.getOrDefault(from, Map.of()).entrySet().stream()
                .filter(move -> move.getValue() == to)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The actions a person may take from a state, in the actions' order; empty for a terminal state. */
    public List<A> actionsFrom(S from) {
        return moves.getOrDefault(from, Map.of()).keySet().stream().filter(a -> !automatic.contains(a)).toList();
    }

    /** The moves a person may make from a state, written {@code action → STATE}; empty for a terminal state. */
    public List<String> describeAllowed(S from) {
        List<String> allowed = new ArrayList<>();
        moves.getOrDefault(from, Map.of()).forEach((action, to) -> {
            if (!automatic.contains(action)) {
                allowed.add(action.name().toLowerCase() + " → " + to.name());
            }
        });
        return allowed;
    }

    /** Finds the next state or explains, naming what is allowed, why the move is refused. */
    public S require(S from, A action, String subject) {
        return next(from, action).orElseThrow(() -> {
            List<String> allowed = describeAllowed(from);
            String detail = subject + " is " + from.name() + " and cannot be '" + action.name().toLowerCase() + "'. "
                    + (allowed.isEmpty() ? from.name() + " is final: no transition is allowed."
                    : "Allowed from " + from.name() + ": " + String.join(", ", allowed) + ".");
            return ProblemException.illegalTransition(detail, allowed);
        });
    }
}
