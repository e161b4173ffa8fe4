package org.clearchain.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Turns a {@link ProblemException} into its status; {@link ProblemBodyProvider} writes the body. */
@Singleton
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errorResponseProcessor;

    ProblemExceptionHandler(ErrorResponseProcessor<?> errorResponseProcessor) {
        this.errorResponseProcessor = errorResponseProcessor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        MutableHttpResponse<?> response = HttpResponse.status(exception.status());
        exception.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(wait)));
        return errorResponseProcessor.processResponse(
                ErrorContext.builder(request).cause(exception).errorMessage(exception.getMessage()).build(), response);
    }

    /** Whole seconds, rounded up: a client that waits exactly that long is not turned away again. */
    static String retryAfterSeconds(Duration wait) {
        return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }
}
