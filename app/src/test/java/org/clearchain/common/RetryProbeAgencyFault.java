package org.clearchain.common;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clearchain.agency.AgencyChanged;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When armed, registering an agency fails as if the database aborted its transaction each time, after the agency and its
 * audit entry were written: the real endpoint's whole unit runs, and rolls back, on every attempt. Test configuration only.
 */
@Singleton
@Requires(property = "clearchain.test.retry-probe", value = "true")
public class RetryProbeAgencyFault {

    final AtomicBoolean armed = new AtomicBoolean();
    final AtomicInteger calls = new AtomicInteger();

    @EventListener
    void onAgencyChanged(AgencyChanged event) {
        if (armed.get()) {
            calls.incrementAndGet();
            throw RetryProbe.deadlock();
        }
    }
}
