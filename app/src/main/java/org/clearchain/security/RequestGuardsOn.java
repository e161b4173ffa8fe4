package org.clearchain.security;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * Holds for every deployment. The one exception is the "before" instance of app/bench/public-licence-bench.sh,
 * started with the bench endpoints on ({@code clearchain.bench.enabled}) and
 * {@code clearchain.bench.without-request-guards}: it leaves out the per-address limits and the no-store header so
 * that what they cost is measured in the same run. Neither property turns anything off alone.
 */
public final class RequestGuardsOn implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        boolean benchBaseline = context.getProperty("clearchain.bench.enabled", Boolean.class).orElse(false)
                && context.getProperty("clearchain.bench.without-request-guards", Boolean.class).orElse(false);
        return !benchBaseline;
    }
}
