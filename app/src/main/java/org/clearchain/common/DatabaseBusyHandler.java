package org.clearchain.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.time.Duration;

/** 503 with {@code Retry-After} (whole seconds) when {@link TransactionRetry} ran out of attempts. */
@Singleton
class DatabaseBusyHandler implements ExceptionHandler<DatabaseBusyException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errorResponseProcessor;

    DatabaseBusyHandler(ErrorResponseProcessor<?> errorResponseProcessor) {
        this.errorResponseProcessor = errorResponseProcessor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DatabaseBusyException exception) {
        request.setAttribute(ProblemException.ESCAPED_FAILURE, Boolean.TRUE);
        MutableHttpResponse<?> response = HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(exception.retryAfter()));
        ProblemException problem = ProblemException.unavailable(exception.getMessage(), exception.retryAfter());
        return errorResponseProcessor.processResponse(
                ErrorContext.builder(request).cause(problem).errorMessage(exception.getMessage()).build(), response);
    }

    /** Rounded up: a client that waits exactly that long is not turned away for being early. */
    static String retryAfterSeconds(Duration wait) {
        return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }
}
