package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.clearchain.common.Enums;
import org.clearchain.common.Flags;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.reference.HighRiskSectors;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;
import org.clearchain.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** An employer's supplier list, the suppliers' sites, and the recruitment agencies they use. */
@Controller("/api/suppliers")
@ExecuteOn(TaskExecutors.BLOCKING)
class SupplierController {

    private final Suppliers suppliers;
    private final SupplierAccess access;
    private final SupplierList list;
    private final SiteRepository sites;
    private final AgencyUseRepository agencyUses;
    private final BuyerLinkRepository links;
    private final Clock clock;

    SupplierController(Suppliers suppliers, SupplierAccess access, SupplierList list, SiteRepository sites,
                       AgencyUseRepository agencyUses, BuyerLinkRepository links, Clock clock) {
        this.suppliers = suppliers;
        this.access = access;
        this.list = list;
        this.sites = sites;
        this.agencyUses = agencyUses;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Adds a supplier to your organisation's list. A likely duplicate answers 409: a twin on your list by its id, any
     * other only as known, with how to ask for it ({@code POST /api/link-requests}).
     */
    @Post
    @Status(HttpStatus.CREATED)
    @Secured(Roles.AUDITOR)
    SupplierDetails add(@Body @Valid NewSupplier supplier, Authentication user) {
        Actor actor = Actor.of(user);
        return details(actor, suppliers.add(actor, supplier).id());
    }

    /**
     * Your suppliers: {@code q} (name), {@code country}, {@code sector} (ISIC code or prefix), {@code highRiskSector},
     * {@code tier}, {@code declarationStatus} (NONE, REQUESTED, OVERDUE, SUBMITTED), {@code licenceProblem};
     * {@code sort} = name | country | tier | createdAt, optionally {@code ,desc}.
     */
    @Get
    @Secured({Roles.AUDITOR, Roles.SUPPLIER, Roles.INSPECTOR, Roles.ADMIN})
    PageView<SupplierListItem> list(@QueryValue @Nullable String q, @QueryValue @Nullable String country,
                                    @QueryValue @Nullable String sector, @QueryValue @Nullable @Parameter(schema = @Schema(type = "boolean")) String highRiskSector,
                                    @QueryValue @Nullable Integer tier, @QueryValue @Nullable String declarationStatus,
                                    @QueryValue @Nullable @Parameter(schema = @Schema(type = "boolean")) String licenceProblem, @QueryValue @Nullable String sort,
                                    @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size,
                                    Authentication user) {
        SupplierFilter filter = new SupplierFilter(q, country, sector, Flags.parseOrNull(highRiskSector, "highRiskSector"),
                tier, Enums.parseOrNull(DeclarationStatus.class, declarationStatus, "declarationStatus"),
                Flags.parseOrNull(licenceProblem, "licenceProblem"), SupplierSort.parse(sort));
        return list.list(Actor.of(user), filter, PageRequest.of(page, size));
    }

    @Get("/{id}")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER, Roles.INSPECTOR, Roles.ADMIN})
    SupplierDetails show(long id, Authentication user) {
        return details(Actor.of(user), id);
    }

    @Post("/{id}/sites")
    @Status(HttpStatus.CREATED)
    @Secured({Roles.AUDITOR, Roles.SUPPLIER})
    Site addSite(long id, @Body @Valid NewSite site, Authentication user) {
        return suppliers.addSite(Actor.of(user), id, site);
    }

    @Post("/{id}/agency-uses")
    @Status(HttpStatus.CREATED)
    @Secured({Roles.AUDITOR, Roles.SUPPLIER})
    AgencyUseView addAgencyUse(long id, @Body @Valid NewAgencyUse use, Authentication user) {
        long useId = suppliers.addAgencyUse(Actor.of(user), id, use).id();
        LocalDate today = LocalDate.now(clock);
        return agencyUses.findWithLicenceForSuppliers(List.of(id), today).stream().filter(r -> r.id() == useId)
                .map(r -> AgencyUseView.of(r, today)).findFirst().orElseThrow();
    }

    private SupplierDetails details(Actor actor, long id) {
        Supplier supplier = access.readable(actor, id);
        LocalDate today = LocalDate.now(clock);
        BuyerLink link = actor.is(Role.AUDITOR) ? links.findByBuyerIdAndSupplierId(actor.organisationId(), id).orElse(null) : null;
        List<AgencyUseView> uses = agencyUses.findWithLicenceForSuppliers(List.of(id), today).stream().map(r -> AgencyUseView.of(r, today)).toList();
        return new SupplierDetails(supplier, HighRiskSectors.among(supplier.sectors()), link,
                sites.findBySupplierIdOrderById(id), uses);
    }
}
