package org.clearchain.common;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.sql.SQLException;

/**
 * Failures that reach the last handler without a retried unit around them (an autocommit statement, a lock wait
 * timeout). Test configuration only.
 */
@Controller("/api/test/retry-probe")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "clearchain.test.retry-probe", value = "true")
class RetryProbeController {

    @Post("/deadlock")
    void deadlock() {
        throw RetryProbe.deadlock();
    }

    @Post("/lock-wait-timeout")
    void lockWaitTimeout() {
        throw new DataAccessException("Error executing SQL UPDATE",
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
    }

    @Post("/duplicate")
    void duplicate() {
        throw new DataAccessException("Error executing SQL INSERT",
                new SQLException("Duplicate entry '1' for key 'PRIMARY'", "23000", 1062));
    }
}
