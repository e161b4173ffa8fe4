package org.clearchain.inspection;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.clearchain.licence.Licence;
import org.clearchain.licence.LicenceRepository;
import org.clearchain.security.Actor;
import org.clearchain.security.OrganisationRepository;
import org.clearchain.security.Role;
import org.clearchain.supplier.Site;
import org.clearchain.supplier.SiteRepository;
import org.clearchain.supplier.Supplier;
import org.clearchain.supplier.SupplierRepository;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes inspections as JSON lines in the inspection schema, page by page, so an export of any size uses little
 * memory. Referrals are never exported.
 */
@Singleton
class InspectionExport {

    static final String SYSTEM = "clearchain";
    private static final int PAGE = 200;

    private final InspectionExportRepository inspections;
    private final InspectionRepositories.Findings findings;
    private final InspectionRepositories.CorrectiveActions actions;
    private final SiteRepository sites;
    private final SupplierRepository suppliers;
    private final OrganisationRepository organisations;
    private final LicenceRepository licences;
    private final JsonMapper json;

    InspectionExport(InspectionExportRepository inspections, InspectionRepositories.Findings findings,
                     InspectionRepositories.CorrectiveActions actions, SiteRepository sites, SupplierRepository suppliers,
                     OrganisationRepository organisations, LicenceRepository licences, JsonMapper json) {
        this.inspections = inspections;
        this.findings = findings;
        this.actions = actions;
        this.sites = sites;
        this.suppliers = suppliers;
        this.organisations = organisations;
        this.licences = licences;
        this.json = json;
    }

    void write(Actor actor, LocalDate from, LocalDate to, Writer out) throws IOException {
        Long inspectorate = actor.is(Role.ADMIN) ? null : actor.organisationId();
        long after = 0;
        List<Inspection> page = inspections.page(inspectorate, from, to, after, PAGE);
        while (!page.isEmpty()) {
            for (Inspection inspection : page) {
                out.write(json.writeValueAsString(record(inspection)));
                out.write('\n');
            }
            out.flush();
            after = page.get(page.size() - 1).id();
            page = inspections.page(inspectorate, from, to, after, PAGE);
        }
    }

    InspectionRecord record(Inspection i) {
        Site site = sites.findById(i.siteId()).orElseThrow();
        Supplier supplier = suppliers.findById(i.supplierId()).orElseThrow();
        String inspectorate = organisations.findById(i.inspectorateId()).orElseThrow().name();
        List<Finding> found = findings.findByInspectionIdOrderById(i.id());
        Map<Long, List<CorrectiveAction>> actionsByFinding = found.isEmpty() ? Map.of()
                : actions.findByFindingIdInOrderById(found.stream().map(Finding::id).toList()).stream()
                .collect(Collectors.groupingBy(CorrectiveAction::findingId));
        List<InspectionRecord.FindingRecord> findingRecords = found.stream().map(f -> new InspectionRecord.FindingRecord(
                f.indicator(), f.description(), f.evidenceSource(), agencyLicence(f.agencyId()), f.affected(),
                actionsByFinding.getOrDefault(f.id(), List.of()).stream()
                        .map(a -> new InspectionRecord.ActionRecord(a.description(), a.dueDate(), a.status())).toList()))
                .toList();
        return new InspectionRecord(1, new InspectionRecord.Source(SYSTEM, String.valueOf(i.id())),
                new InspectionRecord.Visit(inspectorate,
                        new InspectionRecord.SiteRecord(site.name(), site.address(), site.country(), site.latitude(),
                                site.longitude(), site.sector()),
                        new InspectionRecord.SupplierRecord(supplier.name(), supplier.country(), supplier.registrationNumber()),
                        i.visitDate(), i.type(), i.announced(), i.status(), i.workersPresent(), i.workersInterviewed()),
                findingRecords);
    }

    private String agencyLicence(Long agencyId) {
        if (agencyId == null) {
            return null;
        }
        return licences.findByAgencyIdOrderById(agencyId).stream().reduce((first, second) -> second)
                .map(Licence::number).orElse(null);
    }
}
