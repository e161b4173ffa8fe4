package org.clearchain.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** 503 with {@code Retry-After} when {@link TransactionRetry} ran out of attempts, answered as any other problem. */
@Singleton
class DatabaseBusyHandler implements ExceptionHandler<DatabaseBusyException, HttpResponse<?>> {

    private final ProblemExceptionHandler problems;

    DatabaseBusyHandler(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DatabaseBusyException exception) {
        request.setAttribute(ProblemException.ESCAPED_FAILURE, Boolean.TRUE);
        return problems.handle(request, ProblemException.unavailable(exception.getMessage(), exception.retryAfter()));
    }
}
