package org.clearchain.screening;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clearchain.agency.AgencyChanged;
import org.clearchain.recruiter.RecruiterNamed;
import org.clearchain.supplier.SupplierChanged;

/**
 * Who is screened when: a supplier added, imported or changed, an agency registered or corrected, and a recruiter
 * named without a licence for the first time, inside the
 * transaction that wrote them, so a hit is there as soon as the record is. A new edition of a list screens everyone
 * (see {@link EntityListFeed}).
 */
@Singleton
class ScreeningTriggers {

    private final Screening screening;

    ScreeningTriggers(Screening screening) {
        this.screening = screening;
    }

    @EventListener
    void onSupplierChanged(SupplierChanged event) {
        screening.screenSuppliers(event.supplierIds());
    }

    @EventListener
    void onAgencyChanged(AgencyChanged event) {
        screening.screenAgencies(event.agencyIds());
    }

    @EventListener
    void onRecruiterNamed(RecruiterNamed event) {
        screening.screenRecruiters(java.util.List.of(event.recruiterId()));
    }
}
