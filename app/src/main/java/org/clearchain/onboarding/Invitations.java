package org.clearchain.onboarding;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.account.Accounts;
import org.clearchain.account.NewOrganisation;
import org.clearchain.account.NewUser;
import org.clearchain.account.UserView;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.AppUserRepository;
import org.clearchain.security.CodeRedemption;
import org.clearchain.security.CodeValidity;
import org.clearchain.security.OneTimeCodes;
import org.clearchain.security.Organisation;
import org.clearchain.security.OrganisationKind;
import org.clearchain.security.OrganisationRepository;
import org.clearchain.security.Role;
import org.clearchain.supplier.Supplier;
import org.clearchain.supplier.SupplierAccess;
import org.clearchain.supplier.SupplierOrganisations;
import org.clearchain.supplier.SupplierRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Onboarding a supplier's people. A buyer linked to the supplier (or the admin) invites; the invited person redeems the
 * code, choosing a username and password: the supplier is bound to its own organisation (made now, named after it, if it
 * has none) and the person's user is created in it. Every later invitation adds a user to that same organisation.
 */
@Singleton
class Invitations {

    private static final String INVITATION = "invitation";

    private final InvitationRepository invitations;
    private final SupplierAccess access;
    private final SupplierRepository suppliers;
    private final SupplierOrganisations supplierOrganisations;
    private final OrganisationRepository organisations;
    private final AppUserRepository users;
    private final Accounts accounts;
    private final OneTimeCodes codes;
    private final CodeValidity validity;
    private final AuditLog audit;
    private final Clock clock;

    Invitations(InvitationRepository invitations, SupplierAccess access, SupplierRepository suppliers,
                SupplierOrganisations supplierOrganisations, OrganisationRepository organisations, AppUserRepository users,
                Accounts accounts,
                OneTimeCodes codes, CodeValidity validity, AuditLog audit, Clock clock) {
        this.invitations = invitations;
        this.access = access;
        this.suppliers = suppliers;
        this.supplierOrganisations = supplierOrganisations;
        this.organisations = organisations;
        this.users = users;
        this.accounts = accounts;
        this.codes = codes;
        this.validity = validity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    IssuedInvitation invite(Actor actor, long supplierId, NewInvitation command) {
        Supplier supplier = inviter(actor, supplierId);
        Long organisation = command.supplierOrganisationId();
        if (organisation != null) {
            if (!actor.is(Role.ADMIN)) {
                throw ProblemException.invalidField("supplierOrganisationId", "only the platform admin names an existing"
                        + " organisation; leave it out and the supplier's own is used, or made when the code is redeemed");
            }
            organisations.findById(organisation).filter(o -> o.kind() == OrganisationKind.SUPPLIER)
                    .orElseThrow(() -> ProblemException.invalidField("supplierOrganisationId",
                            "no supplier organisation has id " + organisation));
            if (supplier.supplierOrganisationId() != null && !supplier.supplierOrganisationId().equals(organisation)) {
                throw ProblemException.conflict("Supplier " + supplierId + " answers through organisation "
                        + supplier.supplierOrganisationId() + " already; invite without supplierOrganisationId.");
            }
        }
        String code = codes.next("INV");
        Instant now = now();
        String invitee = command.invitee() == null || command.invitee().isBlank() ? null : command.invitee().strip();
        Invitation invitation = invitations.save(new Invitation(null, supplierId, organisation, invitee,
                OneTimeCodes.hash(code), actor.name(), now, now.plus(validity.invitation()), null, null));
        audit.append(actor, "invitation.create", "supplier", supplierId, null, invitation.view(now));
        return new IssuedInvitation(invitation.id(), supplierId, invitee, code, invitation.expiresAt());
    }

    /** The admin sees every invitation of the supplier; a buyer only its own organisation's, since buyers share suppliers. */
    List<InvitationView> ofSupplier(Actor actor, long supplierId) {
        inviter(actor, supplierId);
        Instant now = now();
        return invitations.findBySupplierIdOrderById(supplierId).stream()
                .filter(i -> actor.is(Role.ADMIN) || users.findByUsername(i.invitedBy())
                        .map(u -> actor.belongsTo(u.organisationId())).orElse(false))
                .map(i -> i.view(now)).toList();
    }

    /** Anonymous: the code is the proof. Unknown, used and expired codes are each said plainly. */
    @Transactional
    Redeemed redeem(Redemption redemption) {
        Invitation invitation = invitations.lockByCodeHash(OneTimeCodes.hash(redemption.code()))
                .orElseThrow(() -> CodeRedemption.unknown(INVITATION));
        Instant now = now();
        ProblemException refused = CodeRedemption.refusal(INVITATION, invitation.redeemedAt(), invitation.expiresAt(), now);
        if (refused != null) {
            throw refused;
        }
        Supplier supplier = supplierOrganisations.lock(invitation.supplierId());
        long organisation = organisationFor(supplier, invitation);
        Actor invited = new Actor(redemption.username(), Role.SUPPLIER, organisation);
        UserView user = accounts.createUser(invited, new NewUser(redemption.username(), redemption.password(), Role.SUPPLIER,
                organisation));
        supplierOrganisations.bind(invited, supplier.id(), organisation, "invitation " + invitation.id() + " of "
                + invitation.invitedBy() + " redeemed");
        invitations.update(invitation.redeemed(user.id(), now));
        audit.append(invited, "invitation.redeem", "supplier", supplier.id(), null, invitation.redeemed(user.id(), now).view(now));
        return new Redeemed(user.id(), user.username(), organisation, supplier.id(), supplier.name());
    }

    /** The supplier's own organisation; else the one the admin named; else a new one named after the supplier. */
    private long organisationFor(Supplier supplier, Invitation invitation) {
        if (supplier.supplierOrganisationId() != null) {
            if (invitation.organisationId() != null && !invitation.organisationId().equals(supplier.supplierOrganisationId())) {
                throw ProblemException.conflict("This invitation names an organisation, but the supplier joined another"
                        + " since it was issued; ask for a new invitation.");
            }
            return supplier.supplierOrganisationId();
        }
        if (invitation.organisationId() != null) {
            return invitation.organisationId();
        }
        String name = organisations.findByName(supplier.name()).isEmpty() ? supplier.name()
                : supplier.name() + " (supplier " + supplier.id() + ")";
        Organisation created = accounts.createOrganisation(Actor.SYSTEM, new NewOrganisation(name, OrganisationKind.SUPPLIER,
                supplier.country()));
        return created.id();
    }

    /** A buyer linked to the supplier, or the admin; anyone else learns nothing of it (404). */
    private Supplier inviter(Actor actor, long supplierId) {
        if (actor.is(Role.ADMIN)) {
            return suppliers.findById(supplierId).orElseThrow(() -> ProblemException.notFound("Supplier " + supplierId));
        }
        access.buyerLink(actor, supplierId);
        return access.readable(actor, supplierId);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
