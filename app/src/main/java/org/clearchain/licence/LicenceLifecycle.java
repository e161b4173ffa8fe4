package org.clearchain.licence;

import org.clearchain.common.StateMachine;

import static org.clearchain.licence.LicenceAction.APPROVE;
import static org.clearchain.licence.LicenceAction.EXPIRE;
import static org.clearchain.licence.LicenceAction.REINSTATE;
import static org.clearchain.licence.LicenceAction.REJECT;
import static org.clearchain.licence.LicenceAction.RENEW;
import static org.clearchain.licence.LicenceAction.REVOKE;
import static org.clearchain.licence.LicenceAction.SURRENDER;
import static org.clearchain.licence.LicenceAction.SUSPEND;
import static org.clearchain.licence.LicenceStatus.ACTIVE;
import static org.clearchain.licence.LicenceStatus.EXPIRED;
import static org.clearchain.licence.LicenceStatus.PENDING;
import static org.clearchain.licence.LicenceStatus.REJECTED;
import static org.clearchain.licence.LicenceStatus.REVOKED;
import static org.clearchain.licence.LicenceStatus.SURRENDERED;
import static org.clearchain.licence.LicenceStatus.SUSPENDED;

/**
 * The licence lifecycle of DESIGN.md, exactly:
 * <pre>
 * PENDING --approve--> ACTIVE --suspend--> SUSPENDED --reinstate--> ACTIVE
 * PENDING --reject---> REJECTED          SUSPENDED --revoke----> REVOKED (terminal)
 * ACTIVE --revoke--> REVOKED   ACTIVE --surrender--> SURRENDERED   ACTIVE --(valid_until passes)--> EXPIRED
 * ACTIVE|EXPIRED --renew--> ACTIVE (new validity period)
 * </pre>
 */
final class LicenceLifecycle {

    static final StateMachine<LicenceStatus, LicenceAction> MOVES = StateMachine.of(LicenceStatus.class, LicenceAction.class)
            .allow(PENDING, APPROVE, ACTIVE)
            .allow(PENDING, REJECT, REJECTED)
            .allow(ACTIVE, SUSPEND, SUSPENDED)
            .allow(ACTIVE, REVOKE, REVOKED)
            .allow(ACTIVE, SURRENDER, SURRENDERED)
            .allow(ACTIVE, RENEW, ACTIVE)
            .automatic(ACTIVE, EXPIRE, EXPIRED)
            .allow(SUSPENDED, REINSTATE, ACTIVE)
            .allow(SUSPENDED, REVOKE, REVOKED)
            .allow(EXPIRED, RENEW, ACTIVE);

    private LicenceLifecycle() {
    }
}
