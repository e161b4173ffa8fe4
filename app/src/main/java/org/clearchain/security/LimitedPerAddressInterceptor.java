package org.clearchain.security;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

/** Runs inside the endpoint's own thread, so a limit kept in memory costs the busiest endpoints no thread hop. */
@Singleton
@InterceptorBean(LimitedPerAddress.class)
@Requires(condition = RequestGuardsOn.class)
class LimitedPerAddressInterceptor implements MethodInterceptor<Object, Object> {

    private final AbuseLimits limits;
    private final ClientAddresses addresses;

    LimitedPerAddressInterceptor(AbuseLimits limits, ClientAddresses addresses) {
        this.limits = limits;
        this.addresses = addresses;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Limit limit = context.enumValue(LimitedPerAddress.class, Limit.class)
                .orElseThrow(() -> new IllegalStateException("@LimitedPerAddress names no limit on " + context));
        ServerRequestContext.currentRequest().ifPresent(request -> limits.take(limit, addresses.of(request)));
        return context.proceed();
    }
}
