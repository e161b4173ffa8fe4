package org.clearchain.declaration;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clearchain.recruiter.RecruiterLinked;
import org.clearchain.recruiter.RecruiterMerged;

/**
 * Declared agencies follow the recruiter record their name gathered into: into the record it is merged into, and to
 * the agency it is linked to, whose licence the declaration's check then shows today. The verdict at submission stays.
 */
@Singleton
class DeclaredRecruiters {

    private final LicenceCheckRepository checks;

    DeclaredRecruiters(LicenceCheckRepository checks) {
        this.checks = checks;
    }

    @EventListener
    void onMerged(RecruiterMerged event) {
        checks.followMerge(event.fromId(), event.intoId(), event.intoAgencyId());
    }

    @EventListener
    void onLinked(RecruiterLinked event) {
        checks.linkToAgency(event.recruiterId(), event.agencyId());
    }
}
