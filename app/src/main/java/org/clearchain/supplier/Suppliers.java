package org.clearchain.supplier;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyRepository;
import org.clearchain.recruiter.NamedRecruiter;
import org.clearchain.recruiter.UnlicensedRecruiters;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.Problem;
import org.clearchain.common.ProblemException;
import org.clearchain.common.TransactionRetry;
import org.clearchain.licence.LicenceRepository;
import org.clearchain.security.Actor;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Adding suppliers to a buyer's list (without twins), their sites, and the agencies they use. */
@Singleton
public class Suppliers {

    /** The creation's write reads what other creations committed while it waited for the country's claim. */
    private static final TransactionDefinition READ_COMMITTED = readCommitted();

    private final SupplierRepository suppliers;
    private final BuyerLinkRepository links;
    private final SiteRepository sites;
    private final AgencyUseRepository agencyUses;
    private final AgencyRepository agencies;
    private final LicenceRepository licences;
    private final SupplierAccess access;
    private final KnownSuppliers known;
    private final LicenceProblems licenceProblems;
    private final UnlicensedRecruiters recruiters;
    private final AuditLog audit;
    private final ApplicationEventPublisher<SupplierChanged> changes;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;
    private final TransactionRetry retry;

    Suppliers(SupplierRepository suppliers, BuyerLinkRepository links, SiteRepository sites,
              AgencyUseRepository agencyUses, AgencyRepository agencies, LicenceRepository licences,
              SupplierAccess access, KnownSuppliers known, LicenceProblems licenceProblems,
              UnlicensedRecruiters recruiters, AuditLog audit, ApplicationEventPublisher<SupplierChanged> changes,
              Clock clock, TransactionOperations<Connection> transactions, TransactionRetry retry) {
        this.transactions = transactions;
        this.retry = retry;
        this.suppliers = suppliers;
        this.links = links;
        this.sites = sites;
        this.agencyUses = agencyUses;
        this.agencies = agencies;
        this.licences = licences;
        this.access = access;
        this.known = known;
        this.licenceProblems = licenceProblems;
        this.recruiters = recruiters;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Creates the supplier (with its main site when an address is given) and links it to the auditor's organisation,
     * unless it is likely a supplier already known in that country ({@link SupplierLikeness}: the name with a typo, in
     * another order or abbreviated, or half the name at the same address): then a 409 says so. It names the twins
     * already on the auditor's list; of any other it says only that it exists and how to ask for a link, since it may be
     * another buyer's business. Creations in one country take turns, so identical requests at once make one supplier.
     */
    public Supplier add(Actor auditor, NewSupplier command) {
        return retry.run("Suppliers.add", () -> {
            // The search through the country's suppliers is the slow part: it runs before the write, in a read of its
            // own, so that the write is short and two creations through two cluster nodes seldom overlap.
            long claimsSeen = transactions.executeRead(status -> {
                long claims = suppliers.creationClaims(command.country());
                refuseTwins(auditor, command, known.like(command.name().strip(), blankToNull(command.address()),
                        command.country()));
                return claims;
            });
            return transactions.execute(READ_COMMITTED, status -> create(auditor, command, claimsSeen));
        });
    }

    private void refuseTwins(Actor auditor, NewSupplier command, List<Supplier> twins) {
        if (!Boolean.TRUE.equals(command.allowDuplicate()) && !twins.isEmpty()) {
            throw duplicate(auditor, command.name().strip(), command.country(), twins);
        }
    }

    /**
     * The write. The country's claim comes last, so that it is held (and, on a cluster, open to a conflict with
     * another node's creation) only from there to the commit, not while the supplier's score and screening are made;
     * then the suppliers added since the search are checked, read as committed while this one waited for its turn.
     */
    private Supplier create(Actor auditor, NewSupplier command, long claimsSeen) {
        String name = command.name().strip();
        String key = SupplierNames.key(name);
        String address = blankToNull(command.address());
        if (command.supplierOrganisationId() != null) {
            throw ProblemException.invalidField("supplierOrganisationId", "a buyer does not choose a supplier's organisation:"
                    + " leave it out, then invite the supplier's people (POST /api/suppliers/{id}/invitations); redeeming"
                    + " the code binds the supplier to its own organisation");
        }
        checkPlace(auditor.organisationId(), command.tierOrDefault(), command.parentSupplierId());
        Instant now = now();
        Supplier supplier = suppliers.save(new Supplier(null, name, key, command.country(), blankToNull(command.registrationNumber()),
                blankToNull(command.openSupplyHubId()), listOrEmpty(command.sectors()), listOrEmpty(command.goods()),
                null, now, now));
        audit.append(auditor, "supplier.add", "supplier", supplier.id(), null, supplier);
        link(auditor, auditor.organisationId(), supplier.id(), command.tierOrDefault(), command.parentSupplierId(),
                command.shareOfOutput());
        if (address != null) {
            Site main = sites.save(new Site(null, supplier.id(), name, address, command.country(), null, null, null, null,
                    null, now));
            audit.append(auditor, "site.add", "supplier", supplier.id(), null, main);
        }
        changes.publishEvent(new SupplierChanged(List.of(supplier.id()), "supplier added"));
        suppliers.claimCreation(command.country());
        long claim = suppliers.creationClaims(command.country());
        if (claim > claimsSeen + 1) {
            refuseTwins(auditor, command, known.likeAddedAfter(name, address, command.country(), claimsSeen));
        }
        suppliers.recordCreationClaim(supplier.id(), claim);
        return supplier;
    }

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }

    /**
     * Puts a supplier on a buyer's list: tier 1, or tier n below a tier n-1 supplier the buyer already has. Only for a
     * buyer adding its own supplier or for a link request its decider accepted: {@code actor} is who is recorded.
     */
    BuyerLink link(Actor actor, long buyer, long supplierId, int tier, Long parentSupplierId, BigDecimal shareOfOutput) {
        links.findByBuyerIdAndSupplierId(buyer, supplierId).ifPresent(existing -> {
            throw ProblemException.conflict("Supplier " + supplierId + " is already on the list of that buyer (tier "
                    + existing.tier() + ").");
        });
        checkPlace(buyer, tier, parentSupplierId);
        BuyerLink link = links.save(new BuyerLink(null, buyer, supplierId, tier, parentSupplierId, shareOfOutput, now()));
        audit.append(actor, "supplier.link", "supplier", supplierId, null, link);
        return link;
    }

    /** Tier 1 has no parent; tier n names a parent of tier n-1 on the buyer's own list. */
    void checkPlace(long buyer, int tier, Long parentSupplierId) {
        if (tier == 1 && parentSupplierId != null) {
            throw ProblemException.invalidField("parentSupplierId", "a tier-1 supplier has no parent; give tier 2 or more");
        }
        if (tier > 1) {
            if (parentSupplierId == null) {
                throw ProblemException.invalidField("parentSupplierId", "is required for a tier-" + tier + " supplier");
            }
            BuyerLink parent = links.findByBuyerIdAndSupplierId(buyer, parentSupplierId)
                    .orElseThrow(() -> ProblemException.invalidField("parentSupplierId", "supplier " + parentSupplierId + " is not on your list"));
            if (parent.tier() != tier - 1) {
                throw ProblemException.invalidField("tier", "the parent supplier is tier " + parent.tier() + ", so this one is tier " + (parent.tier() + 1));
            }
        }
    }

    @Transactional
    public Site addSite(Actor actor, long supplierId, NewSite command) {
        access.changeable(actor, supplierId);
        Site site = sites.save(new Site(null, supplierId, command.name().strip(), blankToNull(command.address()), command.country(),
                command.latitude(), command.longitude(), command.sector(), command.workers(), command.migrantShare(), now()));
        audit.append(actor, "site.add", "supplier", supplierId, null, site);
        return site;
    }

    @Transactional
    public AgencyUse addAgencyUse(Actor actor, long supplierId, NewAgencyUse command) {
        access.changeable(actor, supplierId);
        AgencyUse use = agencyUses.save(resolve(actor, supplierId, command));
        licenceProblems.recomputeFor(List.of(supplierId));
        audit.append(actor, "agency-use.add", "supplier", supplierId, null, use);
        changes.publishEvent(new SupplierChanged(List.of(supplierId), "agency use recorded"));
        return use;
    }

    /**
     * A registered agency by licence number or id; otherwise by name and country, the registered agency of that name
     * or the unlicensed recruiter it gathers into.
     */
    private AgencyUse resolve(Actor actor, long supplierId, NewAgencyUse c) {
        Instant now = now();
        if (c.licenceNumber() != null && !c.licenceNumber().isBlank()) {
            String number = c.licenceNumber().strip().toUpperCase();
            var licence = licences.findByNumber(number).orElseThrow(() -> ProblemException.invalidField("licenceNumber",
                    number + " is not in the register; record the agency by agencyName and agencyCountry instead"));
            Agency agency = agencies.findById(licence.agencyId()).orElseThrow();
            if (c.agencyId() != null && !c.agencyId().equals(agency.id())) {
                throw ProblemException.invalidField("agencyId", "licence " + number + " belongs to agency " + agency.id());
            }
            return new AgencyUse(null, supplierId, agency.id(), number, agency.legalName(), agency.country(),
                    c.workforceShare(), c.lastPlacementDate(), now, null);
        }
        if (c.agencyId() != null) {
            Agency agency = agencies.findById(c.agencyId())
                    .orElseThrow(() -> ProblemException.invalidField("agencyId", "no agency in the register has id " + c.agencyId()));
            return new AgencyUse(null, supplierId, agency.id(), null, agency.legalName(), agency.country(),
                    c.workforceShare(), c.lastPlacementDate(), now, null);
        }
        boolean hasName = c.agencyName() != null && !c.agencyName().isBlank();
        if (hasName && c.agencyCountry() == null) {
            throw ProblemException.invalidField("agencyCountry", "is required with agencyName: the country of the agency,"
                    + " as a two-letter ISO 3166-1 code (e.g. BD)");
        }
        if (!hasName) {
            throw ProblemException.invalidField("agencyName", "name the agency: licenceNumber or agencyId for a registered one,"
                    + " agencyName and agencyCountry for one that is not in the register");
        }
        NamedRecruiter named = recruiters.identify(actor, "agencyName", c.agencyName(), c.agencyCountry());
        return AgencyUse.of(supplierId, named, c.agencyName().strip(), c.agencyCountry(), c, now);
    }

    /**
     * The duplicate warning: twins on the caller's own list by id; others only as "known", with the way to ask for a
     * link. It repeats the caller's own spelling, never a stored record's.
     */
    private ProblemException duplicate(Actor auditor, String name, String country, List<Supplier> twins) {
        List<Problem.Related> own = twins.stream()
                .filter(s -> links.findByBuyerIdAndSupplierId(auditor.organisationId(), s.id()).isPresent())
                .map(s -> new Problem.Related("supplier", s.id(), s.name() + " (" + s.country() + "), already on your list",
                        "/api/suppliers/" + s.id()))
                .toList();
        String howToLink = "ask for a link with POST /api/link-requests {\"name\": \"" + name + "\", \"country\": \""
                + country + "\"}; the supplier (or the buyer that listed it) decides";
        String detail = own.size() == twins.size()
                ? "A supplier named like '" + name + "' in " + country + " is already on your list."
                + " Send \"allowDuplicate\": true if this really is another company."
                : "A supplier named like '" + name + "' in " + country + " is already known to Clearchain"
                + (own.isEmpty() ? "" : " (one of them is on your list)") + ". To share it, " + howToLink
                + ". Send \"allowDuplicate\": true if this really is another company.";
        return ProblemException.possibleDuplicate(detail, own);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
