package org.clearchain.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** In tests the application's clock is a {@link MutableClock}. */
@Factory
class TestClockFactory {

    @Singleton
    @Primary
    @Replaces(Clock.class)
    MutableClock clock() {
        return new MutableClock();
    }
}
