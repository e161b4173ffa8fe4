package org.clearchain.common;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A failure the client can act on; its message is written for the person reading the response. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final List<String> allowedTransitions;

    protected ProblemException(HttpStatus status, String title, String detail,
                               List<Problem.FieldError> errors, List<String> allowedTransitions) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.allowedTransitions = List.copyOf(allowedTransitions);
    }

    public static ProblemException of(HttpStatus status, String detail) {
        return new ProblemException(status, status.getReason(), detail, List.of(), List.of());
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "Not found", what + " was not found.", List.of(), List.of());
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "Conflict", detail, List.of(), List.of());
    }

    public static ProblemException illegalTransition(String detail, List<String> allowed) {
        return new ProblemException(HttpStatus.CONFLICT, "Transition not allowed", detail, List.of(), allowed);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public List<String> allowedTransitions() {
        return allowedTransitions;
    }
}
