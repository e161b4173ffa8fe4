package org.clearchain.complaint;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clearchain.recruiter.RecruiterLinked;
import org.clearchain.recruiter.RecruiterMerged;

/**
 * Complaints follow the recruiter they name, inside the officer's transaction: into the record it is merged into, and
 * to the registered agency it is linked to — where a substantiated one now weighs as one against that agency. The
 * complaint keeps naming the recruiter record, so it still shows how it was filed.
 */
@Singleton
class ComplaintsOfRecruiters {

    private final ComplaintRepository complaints;
    private final ApplicationEventPublisher<ComplaintSubstantiated> substantiations;

    ComplaintsOfRecruiters(ComplaintRepository complaints, ApplicationEventPublisher<ComplaintSubstantiated> substantiations) {
        this.complaints = complaints;
        this.substantiations = substantiations;
    }

    @EventListener
    void onMerged(RecruiterMerged event) {
        complaints.followMerge(event.fromId(), event.intoId(), event.intoAgencyId());
        if (event.intoAgencyId() != null) {
            announceSubstantiated(event.intoId());
        }
    }

    @EventListener
    void onLinked(RecruiterLinked event) {
        complaints.linkToAgency(event.recruiterId(), event.agencyId());
        announceSubstantiated(event.recruiterId());
    }

    private void announceSubstantiated(long recruiterId) {
        for (Complaint c : complaints.findByRecruiterIdAndSubstantiatedOnIsNotNull(recruiterId)) {
            substantiations.publishEvent(new ComplaintSubstantiated(c.id(), c.agencyId(), c.category()));
        }
    }
}
