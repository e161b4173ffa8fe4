package org.clearchain.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Bean-validation violations as the fields of the body the client sent, sorted, each said so a person can act on. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static List<Problem.FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), message(violation)));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return errors;
    }

    /** "must not be null" is true but does not say that the field was left out, which is what happened. */
    private static String message(ConstraintViolation<?> violation) {
        String message = violation.getMessage();
        boolean absent = "must not be null".equals(message) || "must not be blank".equals(message);
        if (absent && violation.getInvalidValue() == null) {
            return "is required";
        }
        return message;
    }

    /** {@code create.command.sectors[0]} → {@code sectors[0]}: the client knows its body, not our method names. */
    private static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        String last = null;
        for (Path.Node node : path) {
            last = node.getName();
            if (node.getKind() == ElementKind.PROPERTY) {
                names.add(node.getName());
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
        }
        if (names.isEmpty()) {
            return last == null ? path.toString() : last;
        }
        return String.join(".", names);
    }
}
