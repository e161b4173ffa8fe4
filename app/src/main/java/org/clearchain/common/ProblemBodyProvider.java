package org.clearchain.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes every error response of the server, Micronaut's own included, as {@code application/problem+json}.
 * Messages of unexpected (5xx) failures are never echoed: they may carry SQL or internals.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    static final String APPLICATION_PROBLEM_JSON = "application/problem+json";

    private static final Pattern MEDIA_TYPES =
            Pattern.compile("Content Type \\[([^\\]]*)] not allowed\\. Allowed types: \\[([^\\]]*)]");

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
        Optional<ProblemException> explained = cause.flatMap(failure -> explain(failure, status));
        if (explained.isPresent()) {
            ProblemException problem = explained.get();
            return new Problem("about:blank", problem.title(), status.getCode(), problem.getMessage(), instance,
                    problem.errors(), problem.allowedTransitions(), problem.existing());
        }
        if (cause.isPresent() && cause.get() instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = FieldErrors.of(violations.getConstraintViolations());
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
            case UNSUPPORTED_MEDIA_TYPE ->
                    unsupportedMediaType(context.getErrors().stream().findFirst().map(Error::getMessage).orElse(null));
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

    /**
     * The failure as a problem the client can act on: one already written for it (perhaps wrapped by the framework on
     * its way here, as a body refused by {@link RequestBodies} is), or a missing or unreadable argument, said in words.
     */
    private static Optional<ProblemException> explain(Throwable failure, HttpStatus status) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (t instanceof ProblemException problem) {
                return Optional.of(problem);
            }
            Throwable next = t instanceof ConversionErrorException conversion ? conversion.getConversionError().getCause() : null;
            t = next != null && next != t ? next : (t.getCause() == t ? null : t.getCause());
        }
        if (status.getCode() >= 500) {
            return Optional.empty();
        }
        Optional<Argument<?>> missing = missingArgument(failure);
        if (missing.isPresent()) {
            return Optional.of(missing.get().getAnnotationMetadata().hasAnnotation(Body.class)
                    ? ProblemException.invalidField("body", "is required: send a JSON object")
                    : ProblemException.invalidField(missing.get().getName(), "is required"));
        }
        return failure instanceof ConversionErrorException conversion
                ? Optional.of(unconvertible(conversion.getArgument())) : Optional.empty();
    }

    private static Optional<Argument<?>> missingArgument(Throwable failure) {
        if (failure instanceof UnsatisfiedRouteException route) {
            return Optional.of(route.getArgument());
        }
        if (failure instanceof UnsatisfiedArgumentException argument) {
            return Optional.of(argument.getArgument());
        }
        return Optional.empty();
    }

    /**
     * A path or query value that is not of its declared type: say which, what it must be and an example, not the
     * parser's words ("For input string").
     */
    private static ProblemException unconvertible(Argument<?> argument) {
        Class<?> type = argument.getType();
        String name = argument.getName();
        String message;
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            message = "must be a whole number, e.g. " + (name.toLowerCase(Locale.ROOT).contains("year")
                    ? String.valueOf(Year.now(ZoneOffset.UTC).getValue()) : "1");
        } else if (type == Boolean.class || type == boolean.class) {
            message = "must be true or false";
        } else if (type == LocalDate.class) {
            message = "must be a date written YYYY-MM-DD, e.g. " + LocalDate.now(ZoneOffset.UTC);
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            message = "must be a number, e.g. 12.5";
        } else if (type.isEnum()) {
            message = "must be one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        } else {
            message = "has a value that cannot be read";
        }
        return ProblemException.invalidField(name, message);
    }

    /** Micronaut's "Content Type [text/plain] not allowed. Allowed types: [application/json]", said for a person. */
    private static String unsupportedMediaType(String message) {
        Matcher m = MEDIA_TYPES.matcher(message == null ? "" : message);
        if (!m.find()) {
            return "This address does not take a body of that type.";
        }
        return "This address takes a body of type " + m.group(2) + " (send the header Content-Type: "
                + m.group(2).split(",")[0].strip() + "), not " + m.group(1) + ".";
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
}
