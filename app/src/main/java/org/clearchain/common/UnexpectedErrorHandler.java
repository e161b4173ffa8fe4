package org.clearchain.common;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;

/**
 * The last line: an exception no other handler claims. The client learns whether to retry and gets a
 * reference to quote; the stack trace and any SQL stay in the server log.
 */
@Singleton
class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorResponseProcessor<?> errorResponseProcessor;
    private final ConnectionPoolReset pool;
    private final TransactionRetry retry;

    UnexpectedErrorHandler(ErrorResponseProcessor<?> errorResponseProcessor, ConnectionPoolReset pool,
                           TransactionRetry retry) {
        this.errorResponseProcessor = errorResponseProcessor;
        this.pool = pool;
        this.retry = retry;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        request.setAttribute(ProblemException.ESCAPED_FAILURE, Boolean.TRUE);
        String reference = UUID.randomUUID().toString();
        HttpStatus status;
        String detail;
        boolean comeBack = true;
        if (TransactionRetry.isBusy(exception)) {
            // a deadlock outside any retried unit (a single autocommit statement) or a lock wait timeout: the
            // statement was rolled back and the same request may well succeed in a moment
            LOG.warn("Database busy during {} {}: {}", request.getMethod(), request.getPath(), exception.toString());
            status = HttpStatus.SERVICE_UNAVAILABLE;
            detail = DatabaseBusyException.DETAIL;
        } else if (isDatabaseUnreachable(exception)) {
            LOG.warn("Database unreachable during {} {} (reference {}): {}",
                    request.getMethod(), request.getPath(), reference, exception.toString());
            pool.evictAll();
            status = HttpStatus.SERVICE_UNAVAILABLE;
            detail = "The database cannot be reached right now, so nothing was changed. Try again in a moment (reference "
                    + reference + ").";
        } else {
            LOG.error("Unexpected error during {} {} (reference {})",
                    request.getMethod(), request.getPath(), reference, exception);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            detail = "An unexpected error occurred and nothing was changed. Quote reference " + reference
                    + " to the operator.";
            comeBack = false;
        }
        ProblemException problem = ProblemException.of(status, detail);
        MutableHttpResponse<?> response = HttpResponse.status(status);
        if (comeBack) {
            response.header(HttpHeaders.RETRY_AFTER, ProblemExceptionHandler.retryAfterSeconds(retry.retryAfter()));
        }
        return errorResponseProcessor.processResponse(
                ErrorContext.builder(request).cause(problem).errorMessage(detail).build(), response);
    }

    static boolean isDatabaseUnreachable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t.getClass().getName().endsWith("CommunicationsException")
                    // Micronaut Data could not prepare a connection (e.g. Hikari handed a closed one); not the
                    // NoConnectionException of code that ran outside a transaction, which is a bug
                    || (t instanceof ConnectionException && !(t instanceof NoConnectionException))
                    // SQLSTATE class 08 is "connection exception", e.g. Hikari's "Connection is closed" (08003)
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
