package org.clearchain.supplier;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clearchain.recruiter.RecruiterLinked;
import org.clearchain.recruiter.RecruiterMerged;

import java.util.ArrayList;
import java.util.List;

/**
 * Agency uses follow the recruiter they name, inside the officer's transaction: into the record it is merged into,
 * and to the registered agency it is linked to, whose licence then decides the supplier's licence problem and score.
 */
@Singleton
class AgencyUsesOfRecruiters {

    private final AgencyUseRepository uses;
    private final LicenceProblems licenceProblems;
    private final ApplicationEventPublisher<SupplierChanged> changes;

    AgencyUsesOfRecruiters(AgencyUseRepository uses, LicenceProblems licenceProblems,
                           ApplicationEventPublisher<SupplierChanged> changes) {
        this.uses = uses;
        this.licenceProblems = licenceProblems;
        this.changes = changes;
    }

    @EventListener
    void onMerged(RecruiterMerged event) {
        List<Long> suppliers = new ArrayList<>(uses.findSupplierIdsByRecruiterId(event.fromId()));
        uses.followMerge(event.fromId(), event.intoId(), event.intoAgencyId());
        announce(suppliers, "recruiter " + event.fromId() + " merged into " + event.intoId());
    }

    @EventListener
    void onLinked(RecruiterLinked event) {
        uses.linkToAgency(event.recruiterId(), event.agencyId());
        announce(uses.findSupplierIdsByRecruiterId(event.recruiterId()),
                "recruiter " + event.recruiterId() + " linked to agency " + event.agencyId());
    }

    private void announce(List<Long> suppliers, String reason) {
        if (!suppliers.isEmpty()) {
            licenceProblems.recomputeFor(suppliers);
            changes.publishEvent(new SupplierChanged(suppliers, reason));
        }
    }
}
