package org.clearchain.common;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clearchain.agency.AgencyChanged;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * When armed, registering an agency fails with the armed database error each time, after the agency and its audit
 * entry were written: the real endpoint's whole unit runs, and rolls back, on every attempt. Test configuration only.
 */
@Singleton
@Requires(property = "clearchain.test.retry-probe", value = "true")
public class RetryProbeAgencyFault {

    final AtomicReference<RuntimeException> armed = new AtomicReference<>();
    final AtomicInteger calls = new AtomicInteger();

    @EventListener
    void onAgencyChanged(AgencyChanged event) {
        RuntimeException failure = armed.get();
        if (failure != null) {
            calls.incrementAndGet();
            throw failure;
        }
    }
}
