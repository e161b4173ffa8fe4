package org.clearchain.report;

import jakarta.inject.Singleton;
import org.clearchain.declaration.Declarations;
import org.clearchain.inspection.InspectionViews;
import org.clearchain.reference.HighRiskSectors;
import org.clearchain.risk.SupplierRisk;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;
import org.clearchain.supplier.AgencyUseRepository;
import org.clearchain.supplier.AgencyUseView;
import org.clearchain.supplier.SiteRepository;
import org.clearchain.supplier.Supplier;
import org.clearchain.supplier.SupplierAccess;

import java.time.Clock;
import org.clearchain.common.PageRequest;
import org.clearchain.screening.HitView;
import org.clearchain.screening.ScreeningHits;
import org.clearchain.screening.SubjectType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Gathers a supplier dossier through the features' own read paths, so it shows what their APIs would show. */
@Singleton
class DossierReader {

    private final SupplierAccess access;
    private final SiteRepository sites;
    private final AgencyUseRepository agencyUses;
    private final SupplierRisk risk;
    private final Declarations declarations;
    private final InspectionViews inspections;
    private final ScreeningHits screening;
    private final Clock clock;

    DossierReader(SupplierAccess access, SiteRepository sites, AgencyUseRepository agencyUses, SupplierRisk risk,
                  Declarations declarations, InspectionViews inspections, ScreeningHits screening, Clock clock) {
        this.access = access;
        this.sites = sites;
        this.agencyUses = agencyUses;
        this.risk = risk;
        this.declarations = declarations;
        this.inspections = inspections;
        this.screening = screening;
        this.clock = clock;
    }

    /** The supplier the actor may read, or a 404 problem: call before streaming starts. */
    Supplier readable(Actor actor, long supplierId) {
        return access.readable(actor, supplierId);
    }

    Dossier read(Actor actor, long supplierId) {
        Supplier supplier = access.readable(actor, supplierId);
        LocalDate today = LocalDate.now(clock);
        List<AgencyUseView> uses = agencyUses.findWithLicenceForSuppliers(List.of(supplierId), today).stream()
                .map(r -> AgencyUseView.of(r, today)).toList();
        // Declarations are the buyer's and the supplier's business; the inspectorate's API does not show them either.
        var declared = actor.is(Role.INSPECTOR) ? null : declarations.ofSupplier(actor, supplierId);
        return new Dossier(supplier, HighRiskSectors.among(supplier.sectors()), sites.findBySupplierIdOrderById(supplierId),
                risk.latest(actor, supplierId).orElse(null), risk.history(actor, supplierId), declared,
                inspections.ofSupplier(actor, supplierId), uses, screeningHits(actor, supplierId), Instant.now(clock));
    }

    /** Hits are for reviewers; as in the API, the supplier's own staff do not see them. */
    private List<HitView> screeningHits(Actor actor, long supplierId) {
        if (actor.is(Role.SUPPLIER)) {
            return null;
        }
        return screening.list(actor, null, SubjectType.SUPPLIER, supplierId, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }
}
