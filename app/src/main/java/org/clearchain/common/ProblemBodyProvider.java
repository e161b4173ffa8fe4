package org.clearchain.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes every error response of the server, Micronaut's own included, as {@code application/problem+json}.
 * Messages of unexpected (5xx) failures are never echoed: they may carry SQL or internals.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    static final String APPLICATION_PROBLEM_JSON = "application/problem+json";

    @Override
    public String contentType() {
        return APPLICATION_PROBLEM_JSON;
    }

    @Override
    @NonNull
    public Problem body(@NonNull ErrorContext context, @NonNull HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String instance = context.getRequest().getPath();
        Optional<Throwable> cause = context.getRootCause();
        if (cause.isPresent() && cause.get() instanceof ProblemException problem) {
            return new Problem("about:blank", problem.title(), status.getCode(), problem.getMessage(), instance,
                    problem.errors(), problem.allowedTransitions(), problem.existing());
        }
        if (cause.isPresent() && cause.get() instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = fieldErrors(violations);
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            return new Problem("about:blank", "Invalid request", status.getCode(), detail, instance, errors, List.of(), List.of());
        }
        return new Problem("about:blank", status.getReason(), status.getCode(), safeDetail(context, status),
                instance, List.of(), List.of(), List.of());
    }

    private static String safeDetail(ErrorContext context, HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Log in first: send 'Authorization: Bearer <token>' with a token from POST /login.";
            case FORBIDDEN -> "Your role does not allow this action.";
            case NOT_FOUND -> "Nothing exists at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept the " + context.getRequest().getMethodName() + " method.";
            default -> {
                if (status.getCode() >= 500) {
                    yield "An unexpected error occurred and nothing was changed.";
                }
                // 4xx from the framework (malformed JSON, a missing or unconvertible parameter) explain the input.
                yield context.getErrors().stream().findFirst().map(Error::getMessage)
                        .map(ProblemBodyProvider::withoutInternals)
                        .orElse(status.getReason());
            }
        };
    }

    /** Jackson's parse messages append a source excerpt and class names that help nobody. */
    private static String withoutInternals(String message) {
        String text = message;
        int source = text.indexOf(" at [Source");
        if (source > 0) {
            text = text.substring(0, source);
        }
        int newline = text.indexOf('\n');
        if (newline > 0) {
            text = text.substring(0, newline);
        }
        return text.replaceAll("\\b(?:[a-z]+\\.)+([A-Z]\\w*)", "$1");
    }

    private static List<Problem.FieldError> fieldErrors(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return errors;
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
