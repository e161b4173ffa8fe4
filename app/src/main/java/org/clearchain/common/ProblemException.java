package org.clearchain.common;

import io.micronaut.http.HttpStatus;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A failure the client can act on; its message is written for the person reading the response. */
public class ProblemException extends RuntimeException {

    /**
     * Request attribute set by the handlers of failures that escaped a controller (the database busy or away, an
     * unexpected error): a console page answers them with its error page even if the controller had begun a page.
     */
    public static final String ESCAPED_FAILURE = "clearchain.escaped-failure";

    private final HttpStatus status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final List<String> allowedTransitions;
    private final List<Problem.Related> existing;
    private final Duration retryAfter;

    protected ProblemException(HttpStatus status, String title, String detail,
                               List<Problem.FieldError> errors, List<String> allowedTransitions) {
        this(status, title, detail, errors, allowedTransitions, List.of(), null);
    }

    private ProblemException(HttpStatus status, String title, String detail, List<Problem.FieldError> errors,
                             List<String> allowedTransitions, List<Problem.Related> existing, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.allowedTransitions = List.copyOf(allowedTransitions);
        this.existing = List.copyOf(existing);
        this.retryAfter = retryAfter;
    }

    /** 429: a limit is used up; the answer's {@code Retry-After} says when the next try can succeed. */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail, List.of(), List.of(),
                List.of(), retryAfter);
    }

    /** 503: the request may succeed if sent again after {@code retryAfter}; nothing was changed. */
    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail, List.of(), List.of(),
                List.of(), retryAfter);
    }

    /** 409: what is being created seems to exist already; {@code existing} says where. */
    public static ProblemException possibleDuplicate(String detail, List<Problem.Related> existing) {
        return new ProblemException(HttpStatus.CONFLICT, "Possible duplicate", detail, List.of(), List.of(), existing, null);
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

    /** 400 listing every field at fault, not only the first. */
    public static ProblemException invalidFields(List<Problem.FieldError> errors) {
        String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new ProblemException(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors, List.of());
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

    public List<Problem.Related> existing() {
        return existing;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
