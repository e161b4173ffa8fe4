package org.clearchain.supplier;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Organisation;
import org.clearchain.security.OrganisationRepository;
import org.clearchain.security.Role;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sharing a supplier by consent: a buyer asks for a supplier it names (it is never told the id of a supplier that is
 * not on its list), the supplier's side decides ({@link SupplierAccess#decidesLinks}), and only an accepted request
 * puts the supplier on the buyer's list. Anyone who may neither see nor decide a request gets 404 for it.
 */
@Singleton
public class LinkRequests {

    private final LinkRequestRepository requests;
    private final SupplierRepository suppliers;
    private final KnownSuppliers known;
    private final BuyerLinkRepository links;
    private final Suppliers supplierLists;
    private final SupplierAccess access;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final Clock clock;

    LinkRequests(LinkRequestRepository requests, SupplierRepository suppliers, KnownSuppliers known, BuyerLinkRepository links,
                 Suppliers supplierLists, SupplierAccess access, OrganisationRepository organisations, AuditLog audit,
                 Clock clock) {
        this.requests = requests;
        this.suppliers = suppliers;
        this.known = known;
        this.links = links;
        this.supplierLists = supplierLists;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public LinkRequest request(Actor auditor, NewLinkRequest command) {
        long buyer = auditor.organisationId();
        String name = command.name().strip();
        Supplier supplier = asked(buyer, name, command);
        int tier = command.tierOrDefault();
        supplierLists.checkPlace(buyer, tier, command.parentSupplierId());
        return send(auditor, supplier, new LinkRequest(null, buyer, supplier.id(), name, command.country(), tier,
                command.parentSupplierId(), command.shareOfOutput(), blankToNull(command.message()),
                LinkRequest.Status.PENDING, auditor.name(), now(), null, null, null));
    }

    /**
     * A tier-1 request made on the buyer's behalf (an import that met a supplier another buyer listed); empty when the
     * buyer has asked for it already and is waiting.
     */
    Optional<LinkRequest> requestFor(Actor actor, Supplier supplier, String name, String country, String message) {
        long buyer = actor.organisationId();
        if (requests.findByRequesterIdAndSupplierIdAndStatus(buyer, supplier.id(), LinkRequest.Status.PENDING).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(send(actor, supplier, new LinkRequest(null, buyer, supplier.id(), name.strip(), country,
                1, null, null, message, LinkRequest.Status.PENDING, actor.name(), now(), null, null, null)));
    }

    private LinkRequest send(Actor actor, Supplier supplier, LinkRequest request) {
        requests.findByRequesterIdAndSupplierIdAndStatus(request.requesterId(), supplier.id(), LinkRequest.Status.PENDING)
                .ifPresent(pending -> {
                    throw alreadyAsked(pending);
                });
        LinkRequest saved;
        try {
            saved = requests.save(request);
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                // another request of the same buyer for the same supplier was sent at the same moment
                throw ProblemException.conflict("Your organisation has just asked for a link to this supplier; that request"
                        + " is waiting for a decision (GET /api/link-requests?status=PENDING).");
            }
            throw e;
        }
        audit.append(actor, "link-request.send", "link-request", saved.id(), null, saved);
        return saved;
    }

    /** The supplier the buyer names: known, not on its list yet, and only one. */
    private Supplier asked(long buyer, String name, NewLinkRequest c) {
        String described = "named like '" + name + "' in " + c.country()
                + (isBlank(c.registrationNumber()) ? "" : " with registration number " + c.registrationNumber().strip())
                + (isBlank(c.openSupplyHubId()) ? "" : " with Open Supply Hub id " + c.openSupplyHubId().strip());
        // the same spelling first; else any supplier the name is likely to mean, as the duplicate warning found it
        List<Supplier> exact = suppliers.findByNameKeyAndCountry(SupplierNames.key(name), c.country());
        List<Supplier> named = (exact.isEmpty() ? known.like(name, null, c.country()) : exact).stream()
                .filter(s -> isBlank(c.registrationNumber()) || c.registrationNumber().strip().equalsIgnoreCase(s.registrationNumber()))
                .filter(s -> isBlank(c.openSupplyHubId()) || c.openSupplyHubId().strip().equalsIgnoreCase(s.openSupplyHubId()))
                .toList();
        if (named.isEmpty()) {
            throw ProblemException.of(HttpStatus.NOT_FOUND, "No supplier " + described + " is known to Clearchain. Check the"
                    + " spelling and the country (a two-letter ISO code), or add it as a new supplier with POST /api/suppliers.");
        }
        List<Supplier> notListed = named.stream()
                .filter(s -> links.findByBuyerIdAndSupplierId(buyer, s.id()).isEmpty()).toList();
        if (notListed.isEmpty()) {
            throw ProblemException.conflict("The supplier " + described + " is already on your list (GET /api/suppliers?q=).");
        }
        if (notListed.size() > 1) {
            throw ProblemException.conflict("More than one supplier " + described + " is known to Clearchain. Say which one"
                    + " with its registrationNumber or openSupplyHubId.");
        }
        return notListed.get(0);
    }

    /** The requests the actor's organisation sent and those it may decide, newest first. */
    @Transactional(readOnly = true)
    public PageView<LinkRequestView> visibleTo(Actor actor, LinkRequest.Status status, PageRequest page) {
        Long org = actor.organisationId();
        Long requester = actor.is(Role.AUDITOR) ? org : null;
        Long supplierOrganisation = actor.is(Role.SUPPLIER) ? org : null;
        Long firstBuyer = actor.is(Role.AUDITOR) ? org : null;
        String statusName = status == null ? null : status.name();
        List<LinkRequest> found = requests.visibleTo(requester, supplierOrganisation, firstBuyer, statusName, page.size(),
                page.offset());
        return PageView.of(views(actor, found), page, requests.countVisibleTo(requester, supplierOrganisation, firstBuyer, statusName));
    }

    @Transactional(readOnly = true)
    public LinkRequestView show(Actor actor, long id) {
        LinkRequest request = requests.findById(id).orElseThrow(() -> notFound(id));
        if (isRequester(actor, request)) {
            return LinkRequestView.sent(request);
        }
        Supplier supplier = suppliers.findById(request.supplierId()).filter(s -> access.decidesLinks(actor, s))
                .orElseThrow(() -> notFound(id));
        return received(request, supplier);
    }

    /** The decider puts the supplier on the requester's list, at the tier and below the parent it asked for. */
    @Transactional
    public LinkRequestView accept(Actor decider, long id, LinkDecision decision) {
        LinkRequest request = pendingToDecide(decider, id);
        Supplier supplier = suppliers.findById(request.supplierId()).orElseThrow();
        if (links.findByBuyerIdAndSupplierId(request.requesterId(), request.supplierId()).isEmpty()) {
            supplierLists.link(decider, request.requesterId(), request.supplierId(), request.tier(),
                    request.parentSupplierId(), request.shareOfOutput());
        }
        return decide(decider, request, supplier, LinkRequest.Status.ACCEPTED, decision);
    }

    @Transactional
    public LinkRequestView decline(Actor decider, long id, LinkDecision decision) {
        LinkRequest request = pendingToDecide(decider, id);
        return decide(decider, request, suppliers.findById(request.supplierId()).orElseThrow(), LinkRequest.Status.DECLINED,
                decision);
    }

    private LinkRequestView decide(Actor decider, LinkRequest request, Supplier supplier, LinkRequest.Status to,
                                   LinkDecision decision) {
        LinkRequest decided = requests.update(request.decided(to, decider.name(), now(),
                decision == null ? null : blankToNull(decision.reason())));
        audit.append(decider, "link-request." + (to == LinkRequest.Status.ACCEPTED ? "accept" : "decline"), "link-request",
                request.id(), request, decided);
        return received(decided, supplier);
    }

    /** Locked, decidable by the actor (else 404, whatever its state), and still pending (else 409). */
    private LinkRequest pendingToDecide(Actor actor, long id) {
        LinkRequest request = requests.lockById(id)
                .filter(r -> suppliers.findById(r.supplierId()).map(s -> access.decidesLinks(actor, s)).orElse(false))
                .orElseThrow(() -> notFound(id));
        if (request.status() != LinkRequest.Status.PENDING) {
            throw ProblemException.conflict("Link request " + id + " was " + request.status().name().toLowerCase(Locale.ROOT)
                    + " on " + request.decidedAt().truncatedTo(ChronoUnit.SECONDS) + " and can no longer be decided;"
                    + " the buyer may send a new one.");
        }
        return request;
    }

    private List<LinkRequestView> views(Actor actor, List<LinkRequest> found) {
        List<LinkRequest> received = found.stream().filter(r -> !isRequester(actor, r)).toList();
        if (received.isEmpty()) {
            return found.stream().map(LinkRequestView::sent).toList();
        }
        Map<Long, Supplier> supplierById = suppliers.findByIdIn(received.stream().map(LinkRequest::supplierId).distinct().toList())
                .stream().collect(Collectors.toMap(Supplier::id, Function.identity()));
        Map<Long, String> organisationNames = organisations.findByIdIn(received.stream().map(LinkRequest::requesterId)
                        .distinct().toList()).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        return found.stream().map(r -> isRequester(actor, r) ? LinkRequestView.sent(r)
                : LinkRequestView.received(r, organisationNames.get(r.requesterId()), supplierById.get(r.supplierId()))).toList();
    }

    private LinkRequestView received(LinkRequest request, Supplier supplier) {
        return LinkRequestView.received(request, organisations.findById(request.requesterId()).map(Organisation::name)
                .orElse(null), supplier);
    }

    private static boolean isRequester(Actor actor, LinkRequest request) {
        return actor.is(Role.AUDITOR) && actor.belongsTo(request.requesterId());
    }

    private static ProblemException alreadyAsked(LinkRequest pending) {
        return ProblemException.conflict("Your organisation asked for a link to this supplier on "
                + pending.requestedAt().truncatedTo(ChronoUnit.SECONDS) + " (link request " + pending.id()
                + "); it is waiting for a decision.");
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Link request " + id);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
