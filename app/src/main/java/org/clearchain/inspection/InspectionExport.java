package org.clearchain.inspection;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.clearchain.common.SpreadsheetSafe;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes inspections as JSON lines in the inspection schema, page by page, so an export of any size uses little
 * memory and a handful of queries per page of 200. Referrals are never exported.
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
        Map<Long, String> inspectorates = new HashMap<>();
        long after = 0;
        List<Inspection> page = inspections.page(inspectorate, from, to, after, PAGE);
        while (!page.isEmpty()) {
            for (InspectionRecord record : records(page, inspectorates)) {
                out.write(json.writeValueAsString(record));
                out.write('\n');
            }
            out.flush();
            after = page.get(page.size() - 1).id();
            page = inspections.page(inspectorate, from, to, after, PAGE);
        }
    }

    /** A page of inspections with six queries, whatever its size: sites, suppliers, findings, actions, licences. */
    private List<InspectionRecord> records(List<Inspection> page, Map<Long, String> inspectorates) {
        Map<Long, Site> siteById = byId(sites.findByIdIn(ids(page, Inspection::siteId)), Site::id);
        Map<Long, Supplier> supplierById = byId(suppliers.findByIdIn(ids(page, Inspection::supplierId)), Supplier::id);
        List<Finding> found = findings.findByInspectionIdInOrderById(ids(page, Inspection::id));
        Map<Long, List<Finding>> findingsByInspection = found.stream().collect(Collectors.groupingBy(Finding::inspectionId));
        Map<Long, List<CorrectiveAction>> actionsByFinding = found.isEmpty() ? Map.of()
                : actions.findByFindingIdInOrderById(ids(found, Finding::id)).stream()
                .collect(Collectors.groupingBy(CorrectiveAction::findingId));
        List<Long> agencyIds = found.stream().map(Finding::agencyId).filter(Objects::nonNull).distinct().toList();
        // an agency's latest licence, as the register shows it
        Map<Long, String> licenceByAgency = agencyIds.isEmpty() ? Map.of()
                : licences.findByAgencyIdInOrderById(agencyIds).stream()
                .collect(Collectors.toMap(Licence::agencyId, Licence::number, (first, second) -> second));
        List<InspectionRecord> records = new ArrayList<>(page.size());
        for (Inspection i : page) {
            Site site = siteById.get(i.siteId());
            Supplier supplier = supplierById.get(i.supplierId());
            String inspectorate = inspectorates.computeIfAbsent(i.inspectorateId(),
                    id -> organisations.findById(id).orElseThrow().name());
            List<InspectionRecord.FindingRecord> findingRecords = findingsByInspection.getOrDefault(i.id(), List.of()).stream()
                    .map(f -> new InspectionRecord.FindingRecord(f.indicator(), safe(f.description()), f.evidenceSource(),
                            f.agencyId() == null ? null : licenceByAgency.get(f.agencyId()), f.affected(),
                            actionsByFinding.getOrDefault(f.id(), List.of()).stream()
                                    .map(a -> new InspectionRecord.ActionRecord(safe(a.description()), a.dueDate(), a.status()))
                                    .toList()))
                    .toList();
            records.add(new InspectionRecord(1, new InspectionRecord.Source(SYSTEM, String.valueOf(i.id())),
                    new InspectionRecord.Visit(safe(inspectorate),
                            new InspectionRecord.SiteRecord(safe(site.name()), safe(site.address()), site.country(),
                                    site.latitude(), site.longitude(), site.sector()),
                            new InspectionRecord.SupplierRecord(safe(supplier.name()), supplier.country(),
                                    safe(supplier.registrationNumber())),
                            i.visitDate(), i.type(), i.announced(), i.status(), i.workersPresent(), i.workersInterviewed()),
                    findingRecords));
        }
        return records;
    }

    /** The export is often opened in a spreadsheet: free text never starts a formula there. */
    private static String safe(String text) {
        return SpreadsheetSafe.text(text);
    }

    private static <T> List<Long> ids(List<T> rows, Function<T, Long> id) {
        return rows.stream().map(id).distinct().toList();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
