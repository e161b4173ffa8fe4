package org.clearchain.common;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Every {@code @Transactional} method is a unit of work that {@link TransactionRetry} runs again on a deadlock or a
 * certification failure. Ordered before Micronaut's transaction interceptor, so each attempt is a transaction of its
 * own: the failed one is rolled back before the next begins.
 */
@Singleton
@InterceptorBean(Transactional.class)
class TransactionRetryInterceptor implements MethodInterceptor<Object, Object> {

    private final TransactionRetry retry;

    TransactionRetryInterceptor(TransactionRetry retry) {
        this.retry = retry;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (context.getReturnType().isAsyncOrReactive()) {
            // the transaction ends after this call returns: nothing here could see its failure
            return context.proceed();
        }
        String unit = context.getDeclaringType().getSimpleName() + "." + context.getMethodName();
        // proceed(this) starts again from the interceptor after this one, i.e. a new transaction
        return retry.run(unit, () -> context.proceed(this));
    }
}
