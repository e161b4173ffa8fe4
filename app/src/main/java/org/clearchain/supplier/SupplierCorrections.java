package org.clearchain.supplier;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.RevisionView;
import org.clearchain.audit.Revisions;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.AppUserRepository;
import org.clearchain.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Correcting and ending what a supplier's record holds, each with a reason kept beside the previous values: its
 * details, its sites, the end of an agency use, and a buyer's end of its link. Nothing is deleted.
 */
@Singleton
public class SupplierCorrections {

    private static final String SITE = "site";
    private static final String AGENCY_USE = "agency-use";

    private final SupplierRepository suppliers;
    private final SiteRepository sites;
    private final AgencyUseRepository agencyUses;
    private final EndedBuyerLinkRepository endedLinks;
    private final SupplierAccess access;
    private final LicenceProblems licenceProblems;
    private final Revisions revisions;
    private final AppUserRepository users;
    private final ApplicationEventPublisher<SupplierChanged> changes;
    private final ApplicationEventPublisher<SupplierUnlinked> unlinks;
    private final Clock clock;

    SupplierCorrections(SupplierRepository suppliers, SiteRepository sites, AgencyUseRepository agencyUses,
                        EndedBuyerLinkRepository endedLinks, SupplierAccess access, LicenceProblems licenceProblems,
                        Revisions revisions, AppUserRepository users, ApplicationEventPublisher<SupplierChanged> changes,
                        ApplicationEventPublisher<SupplierUnlinked> unlinks, Clock clock) {
        this.suppliers = suppliers;
        this.sites = sites;
        this.agencyUses = agencyUses;
        this.endedLinks = endedLinks;
        this.access = access;
        this.licenceProblems = licenceProblems;
        this.revisions = revisions;
        this.users = users;
        this.changes = changes;
        this.unlinks = unlinks;
        this.clock = clock;
    }

    @Transactional
    public Supplier correct(Actor actor, long supplierId, SupplierCorrection c) {
        access.changeable(actor, supplierId);
        if (c.changesNothing()) {
            throw nothingToCorrect("name, country, registrationNumber, openSupplyHubId, sectors, goods");
        }
        Supplier before = suppliers.lockById(supplierId).orElseThrow();
        String name = c.name() == null ? before.name() : c.name().strip();
        Supplier after = suppliers.update(new Supplier(before.id(), name, SupplierNames.key(name),
                c.country() == null ? before.country() : c.country(),
                c.registrationNumber() == null ? before.registrationNumber() : blankToNull(c.registrationNumber()),
                c.openSupplyHubId() == null ? before.openSupplyHubId() : blankToNull(c.openSupplyHubId()),
                c.sectors() == null ? before.sectors() : List.copyOf(c.sectors()),
                c.goods() == null ? before.goods() : List.copyOf(c.goods()),
                before.supplierOrganisationId(), before.createdAt(), now()));
        revisions.record(actor, "supplier.correct", "supplier", supplierId, before, after, c.reason());
        changes.publishEvent(new SupplierChanged(List.of(supplierId), "supplier corrected"));
        return after;
    }

    @Transactional
    public Site correctSite(Actor actor, long supplierId, long siteId, SiteCorrection c) {
        access.changeable(actor, supplierId);
        Site before = sites.findById(siteId).filter(s -> s.supplierId() == supplierId)
                .orElseThrow(() -> ProblemException.notFound("Site " + siteId + " of supplier " + supplierId));
        if (c.changesNothing()) {
            throw nothingToCorrect("name, address, country, latitude, longitude, sector, workers, migrantShare");
        }
        Site after = sites.update(new Site(before.id(), supplierId, c.name() == null ? before.name() : c.name().strip(),
                c.address() == null ? before.address() : blankToNull(c.address()),
                c.country() == null ? before.country() : c.country(),
                c.latitude() == null ? before.latitude() : c.latitude(),
                c.longitude() == null ? before.longitude() : c.longitude(),
                c.sector() == null ? before.sector() : c.sector(),
                c.workers() == null ? before.workers() : c.workers(),
                c.migrantShare() == null ? before.migrantShare() : c.migrantShare(), before.createdAt()));
        revisions.record(actor, "site.correct", SITE, siteId, before, after, c.reason());
        changes.publishEvent(new SupplierChanged(List.of(supplierId), "site corrected"));
        return after;
    }

    /** The use counts for the supplier's risk up to its end date and not after; the supplier is rescored now. */
    @Transactional
    public EndedUse endAgencyUse(Actor actor, long supplierId, long useId, AgencyUseEnding ending) {
        access.changeable(actor, supplierId);
        AgencyUse use = agencyUses.findById(useId).filter(u -> u.supplierId() == supplierId)
                .orElseThrow(() -> ProblemException.notFound("Agency use " + useId + " of supplier " + supplierId));
        if (use.lastPlacementDate() != null && ending.endedOn().isBefore(use.lastPlacementDate())) {
            throw ProblemException.invalidField("endedOn", "must be on or after the use's last placement date, "
                    + use.lastPlacementDate());
        }
        LocalDate previous = agencyUses.findEndingById(useId).map(AgencyUseRepository.Ending::endedOn).orElse(null);
        agencyUses.end(useId, ending.endedOn());
        EndedUse ended = new EndedUse(useId, supplierId, use.agencyId(), use.agencyName(), ending.endedOn());
        revisions.record(actor, "agency-use.end", AGENCY_USE, useId,
                new EndedUse(useId, supplierId, use.agencyId(), use.agencyName(), previous), ended, ending.reason());
        licenceProblems.recomputeFor(List.of(supplierId));
        changes.publishEvent(new SupplierChanged(List.of(supplierId), "agency use ended"));
        return ended;
    }

    /** A buyer ends its own link; the supplier stays for its other buyers, and the link is kept among the ended ones. */
    @Transactional
    public void unlink(Actor auditor, long supplierId, String reason) {
        BuyerLink link = access.buyerLink(auditor, supplierId);
        long below = endedLinks.countBelow(link.buyerId(), supplierId);
        if (below > 0) {
            throw ProblemException.conflict("You list " + below + " supplier(s) below this one (tier " + (link.tier() + 1)
                    + "); unlink those first, or link them to another parent.");
        }
        endedLinks.keep(link.id(), auditor.name(), now(), reason.strip());
        endedLinks.end(link.id());
        revisions.record(auditor, "supplier.unlink", "buyer-link", link.id(), link, null, reason);
        unlinks.publishEvent(new SupplierUnlinked(link.buyerId(), supplierId, reason.strip()));
    }

    /** Corrections of the supplier's details, its sites and the ends of its agency uses, oldest first. */
    public List<RevisionView> history(Actor actor, long supplierId) {
        access.readable(actor, supplierId);
        List<RevisionView> history = new ArrayList<>(revisions.history("supplier", supplierId));
        List<Long> siteIds = sites.findBySupplierIdOrderById(supplierId).stream().map(Site::id).toList();
        if (!siteIds.isEmpty()) {
            history.addAll(revisions.history(List.of(SITE), siteIds));
        }
        List<Long> useIds = agencyUses.findIdBySupplierId(supplierId);
        if (!useIds.isEmpty()) {
            history.addAll(revisions.history(List.of(AGENCY_USE), useIds));
        }
        history.sort(Comparator.comparing(RevisionView::id));
        return history.stream().map(r -> authorAsSeenBy(actor, r)).toList();
    }

    /**
     * A supplier is shared by buyers that need not know of each other: a buyer or the supplier sees the usernames of its
     * own organisation's people, and of anyone else only that it was someone else.
     */
    private RevisionView authorAsSeenBy(Actor actor, RevisionView revision) {
        if (!actor.is(Role.AUDITOR) && !actor.is(Role.SUPPLIER)) {
            return revision;
        }
        boolean own = users.findByUsername(revision.revisedBy()).map(u -> actor.belongsTo(u.organisationId())).orElse(false);
        return own ? revision : revision.by("someone outside your organisation");
    }

    /** An agency use as its ending shows it. */
    @Serdeable
    public record EndedUse(long id, long supplierId, @Nullable Long agencyId, String agencyName, @Nullable LocalDate endedOn) {
    }

    private static ProblemException nothingToCorrect(String fields) {
        return ProblemException.of(HttpStatus.BAD_REQUEST, "Nothing to correct: send at least one of " + fields
                + ", with the reason.");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
