package org.clearchain.supplier;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.Revisions;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Binding a supplier to its own organisation, whose users then answer its declaration requests and decide its link
 * requests. Only a redeemed invitation (or the demo data) binds; a buyer cannot name an organisation for a supplier.
 */
@Singleton
public class SupplierOrganisations {

    private final SupplierRepository suppliers;
    private final Revisions revisions;
    private final Clock clock;

    SupplierOrganisations(SupplierRepository suppliers, Revisions revisions, Clock clock) {
        this.suppliers = suppliers;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** The supplier, locked until the transaction ends: two redemptions for one supplier bind it to one organisation. */
    @Transactional
    public Supplier lock(long supplierId) {
        return suppliers.lockById(supplierId).orElseThrow(() -> ProblemException.notFound("Supplier " + supplierId));
    }

    /** Binds it to {@code organisationId}; already bound to it, nothing changes; bound to another, 409. */
    @Transactional
    public Supplier bind(Actor actor, long supplierId, long organisationId, String reason) {
        Supplier supplier = lock(supplierId);
        if (supplier.supplierOrganisationId() != null) {
            if (supplier.supplierOrganisationId() == organisationId) {
                return supplier;
            }
            throw ProblemException.conflict("Supplier " + supplierId + " answers through organisation "
                    + supplier.supplierOrganisationId() + " already; an invitation adds people to that one.");
        }
        Supplier bound = suppliers.update(new Supplier(supplier.id(), supplier.name(), supplier.nameKey(), supplier.country(),
                supplier.registrationNumber(), supplier.openSupplyHubId(), supplier.sectors(), supplier.goods(),
                organisationId, supplier.createdAt(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        revisions.record(actor, "supplier.bind-organisation", "supplier", supplierId, supplier, bound, reason);
        return bound;
    }
}
