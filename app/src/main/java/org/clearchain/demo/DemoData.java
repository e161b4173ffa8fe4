package org.clearchain.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.clearchain.agency.Agencies;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyCommand;
import org.clearchain.agency.Corridor;
import org.clearchain.declaration.Declarations;
import org.clearchain.declaration.NewDeclarationRequest;
import org.clearchain.licence.LicenceAction;
import org.clearchain.licence.LicenceApplication;
import org.clearchain.licence.LicenceRegister;
import org.clearchain.licence.TransitionCommand;
import org.clearchain.account.Accounts;
import org.clearchain.security.Actor;
import org.clearchain.security.AppUserRepository;
import org.clearchain.account.NewOrganisation;
import org.clearchain.account.NewUser;
import org.clearchain.security.Organisation;
import org.clearchain.security.OrganisationKind;
import org.clearchain.security.Role;
import org.clearchain.supplier.NewAgencyUse;
import org.clearchain.supplier.NewSite;
import org.clearchain.supplier.NewSupplier;
import org.clearchain.supplier.Supplier;
import org.clearchain.supplier.SupplierOrganisations;
import org.clearchain.supplier.Suppliers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo accounts of DESIGN.md (password {@code demo-<name>}) and a small register to try them on. Only
 * when {@code clearchain.demo} is true: always for the embedded default database, for an external one only
 * with {@code CLEARCHAIN_DEMO=true}. Runs once: an existing {@code admin} user means it ran before.
 */
@Singleton
@Requires(property = "clearchain.demo", value = "true")
class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final AppUserRepository users;
    private final Agencies agencies;
    private final LicenceRegister licences;
    private final Suppliers suppliers;
    private final SupplierOrganisations supplierOrganisations;
    private final Declarations declarations;
    private final Clock clock;

    DemoData(Accounts accounts, AppUserRepository users, Agencies agencies, LicenceRegister licences,
             Suppliers suppliers, SupplierOrganisations supplierOrganisations, Declarations declarations, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.agencies = agencies;
        this.licences = licences;
        this.suppliers = suppliers;
        this.supplierOrganisations = supplierOrganisations;
        this.declarations = declarations;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (users.existsByUsername("admin")) {
            return;
        }
        Organisation platform = organisation("Clearchain platform", OrganisationKind.PLATFORM, null);
        Organisation authority = organisation("National Labour Licensing Authority", OrganisationKind.LICENSING_AUTHORITY, "FR");
        Organisation inspectorate = organisation("Labour Inspectorate", OrganisationKind.INSPECTORATE, "FR");
        Organisation employerA = organisation("Employer A (demo)", OrganisationKind.EMPLOYER, "DE");
        Organisation employerB = organisation("Employer B (demo)", OrganisationKind.EMPLOYER, "NL");
        Organisation supplierA = organisation("Supplier A (demo)", OrganisationKind.SUPPLIER, "RO");
        user("admin", Role.ADMIN, platform);
        long licensingId = user("licensing", Role.LICENSING_OFFICER, authority);
        user("inspector", Role.INSPECTOR, inspectorate);
        user("auditor.a", Role.AUDITOR, employerA);
        user("auditor.b", Role.AUDITOR, employerB);
        user("supplier.a", Role.SUPPLIER, supplierA);
        List<String> licences = seedRegister(new Actor("licensing", Role.LICENSING_OFFICER, authority.id()));
        seedSuppliers(new Actor("auditor.a", Role.AUDITOR, employerA.id()), supplierA, licences);
        LOG.info("Demo accounts created (admin, licensing, inspector, auditor.a, auditor.b, supplier.a; password demo-<name>); user {} keeps the register",
                licensingId);
    }

    /** @return the licence numbers: active, suspended, revoked, pending */
    private List<String> seedRegister(Actor officer) {
        LocalDate today = LocalDate.now(clock);
        Agency generale = agency(officer, "Agence Générale de Recrutement", "SN-RC-2019-B-1234", "SN",
                List.of("0111", "5510"), List.of(new Corridor("SN", "FR"), new Corridor("SN", "ES")));
        Agency lodz = agency(officer, "Łódź Work Partners Sp. z o.o.", "KRS-0000123456", "PL",
                List.of("4100", "1410"), List.of(new Corridor("UA", "PL"), new Corridor("PL", "DE")));
        Agency stefan = agency(officer, "Ștefan Recruitment SRL", "J40/1234/2018", "RO",
                List.of("9700"), List.of(new Corridor("RO", "IT")));
        Agency harbour = agency(officer, "Harbour Crew Services Ltd", "PH-POEA-0456", "PH",
                List.of("0311"), List.of(new Corridor("PH", "TW")));

        String active = licence(officer, generale, today.minusMonths(6), today.plusYears(2));
        move(officer, active, LicenceAction.APPROVE, null);
        String suspended = licence(officer, lodz, today.minusMonths(3), today.plusYears(1));
        move(officer, suspended, LicenceAction.APPROVE, null);
        move(officer, suspended, LicenceAction.SUSPEND, "Inspection found recruitment fees charged to workers");
        String revoked = licence(officer, harbour, today.minusYears(1), today.plusYears(1));
        move(officer, revoked, LicenceAction.APPROVE, null);
        move(officer, revoked, LicenceAction.REVOKE, "Passports of fishers retained; debt bondage substantiated");
        String pending = licence(officer, stefan, today, today.plusYears(3));
        return List.of(active, suspended, revoked, pending);
    }

    /** Employer A's suppliers: one answered by supplier.a's organisation, one using the revoked agency. */
    private void seedSuppliers(Actor auditor, Organisation supplierOrganisation, List<String> licences) {
        Supplier textiles = suppliers.add(auditor, new NewSupplier("Carpați Textile SRL", "RO", "J12/345/2015", null,
                List.of("1410"), List.of("garments"), 1, null, new BigDecimal("35"), null, null));
        supplierOrganisations.bind(Actor.SYSTEM, textiles.id(), supplierOrganisation.id(),
                "demo: supplier.a answers for Carpați Textile");
        suppliers.addSite(auditor, textiles.id(), new NewSite("Cluj-Napoca sewing unit", "Str. Fabricii 12, Cluj-Napoca", "RO",
                new BigDecimal("46.770439"), new BigDecimal("23.591423"), "1410", 240, new BigDecimal("18")));
        suppliers.addAgencyUse(auditor, textiles.id(), new NewAgencyUse(null, licences.get(1), null, null,
                new BigDecimal("15"), LocalDate.now(clock).minusMonths(2)));
        declarations.request(auditor, textiles.id(), new NewDeclarationRequest(null, LocalDate.now(clock).plusDays(30)));

        Supplier tuna = suppliers.add(auditor, new NewSupplier("Pacific Tuna Processing Co., Ltd", "TH", null, null,
                List.of("1020", "0311"), List.of("fish", "shrimp"), 1, null, null, null, null));
        suppliers.addAgencyUse(auditor, tuna.id(), new NewAgencyUse(null, licences.get(2), null, null,
                new BigDecimal("60"), LocalDate.now(clock).minusMonths(1)));
    }

    private Organisation organisation(String name, OrganisationKind kind, String country) {
        return accounts.createOrganisation(Actor.SYSTEM, new NewOrganisation(name, kind, country));
    }

    private long user(String name, Role role, Organisation organisation) {
        return accounts.createUser(Actor.SYSTEM, new NewUser(name, "demo-" + name, role, organisation.id())).id();
    }

    private Agency agency(Actor officer, String name, String registration, String country, List<String> sectors,
                          List<Corridor> corridors) {
        return agencies.register(officer, new AgencyCommand(name, registration, country, null, null, null, sectors, corridors));
    }

    private String licence(Actor officer, Agency agency, LocalDate from, LocalDate until) {
        return licences.apply(officer, agency.id(), new LicenceApplication(
                "Recruitment and placement of workers", from, until, null)).number();
    }

    private void move(Actor officer, String number, LicenceAction action, String reason) {
        licences.move(officer, number, action, new TransitionCommand(reason, null));
    }
}
