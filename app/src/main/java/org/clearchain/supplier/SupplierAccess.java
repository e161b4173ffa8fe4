package org.clearchain.supplier;

import jakarta.inject.Singleton;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

/**
 * Who sees which supplier. An auditor sees the suppliers linked to its organisation; a supplier's user sees
 * its own supplier; inspectors and the admin see all. Anything else answers 404, as if it did not exist.
 */
@Singleton
public class SupplierAccess {

    private final SupplierRepository suppliers;
    private final BuyerLinkRepository links;

    SupplierAccess(SupplierRepository suppliers, BuyerLinkRepository links) {
        this.suppliers = suppliers;
        this.links = links;
    }

    public Supplier readable(Actor actor, long supplierId) {
        return suppliers.findById(supplierId)
                .filter(s -> canRead(actor, s))
                .orElseThrow(() -> ProblemException.notFound("Supplier " + supplierId));
    }

    /** Auditors of a linked buyer and the supplier's own users may add sites, agencies and answers. */
    public Supplier changeable(Actor actor, long supplierId) {
        return suppliers.findById(supplierId)
                .filter(s -> isLinkedBuyer(actor, s) || isOwnSupplier(actor, s))
                .orElseThrow(() -> ProblemException.notFound("Supplier " + supplierId));
    }

    /** For buyer-only actions: requesting declarations, linking sub-tier suppliers. */
    public BuyerLink buyerLink(Actor actor, long supplierId) {
        return actor.is(Role.AUDITOR)
                ? links.findByBuyerIdAndSupplierId(actor.organisationId(), supplierId)
                .orElseThrow(() -> ProblemException.notFound("Supplier " + supplierId))
                : throwNotFound(supplierId);
    }

    /**
     * Who accepts or declines a buyer's request to link the supplier: the users of its own organisation, or, while it
     * has none, the auditors of the buyer that listed it first.
     */
    public boolean decidesLinks(Actor actor, Supplier supplier) {
        if (supplier.supplierOrganisationId() != null) {
            return isOwnSupplier(actor, supplier);
        }
        return actor.is(Role.AUDITOR) && links.findFirstBySupplierIdOrderById(supplier.id())
                .map(first -> actor.belongsTo(first.buyerId())).orElse(false);
    }

    private boolean canRead(Actor actor, Supplier supplier) {
        return actor.is(Role.ADMIN) || actor.is(Role.INSPECTOR) || isLinkedBuyer(actor, supplier) || isOwnSupplier(actor, supplier);
    }

    private boolean isLinkedBuyer(Actor actor, Supplier supplier) {
        return actor.is(Role.AUDITOR) && links.findByBuyerIdAndSupplierId(actor.organisationId(), supplier.id()).isPresent();
    }

    private static boolean isOwnSupplier(Actor actor, Supplier supplier) {
        return actor.is(Role.SUPPLIER) && actor.belongsTo(supplier.supplierOrganisationId());
    }

    private static BuyerLink throwNotFound(long supplierId) {
        throw ProblemException.notFound("Supplier " + supplierId);
    }
}
