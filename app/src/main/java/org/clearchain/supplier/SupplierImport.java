package org.clearchain.supplier;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyRepository;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.Problem;
import org.clearchain.common.ProblemException;
import org.clearchain.licence.Licence;
import org.clearchain.licence.LicenceRepository;
import org.clearchain.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts many suppliers with their sites and agency uses on a buyer's list in one transaction, with batched
 * inserts. A supplier whose normalised name and country match an existing one is linked, never duplicated.
 * The batch is one audit entry that counts what it did, since it is one write made by one actor.
 */
@Singleton
public class SupplierImport {

    private final SupplierRepository suppliers;
    private final BuyerLinkRepository links;
    private final SiteRepository sites;
    private final AgencyUseRepository agencyUses;
    private final LicenceRepository licences;
    private final AgencyRepository agencies;
    private final LicenceProblems licenceProblems;
    private final AuditLog audit;
    private final Validator validator;
    private final ApplicationEventPublisher<SupplierChanged> changes;
    private final Clock clock;

    SupplierImport(SupplierRepository suppliers, BuyerLinkRepository links, SiteRepository sites,
                   AgencyUseRepository agencyUses, LicenceRepository licences, AgencyRepository agencies,
                   LicenceProblems licenceProblems, AuditLog audit, Validator validator,
                   ApplicationEventPublisher<SupplierChanged> changes, Clock clock) {
        this.suppliers = suppliers;
        this.links = links;
        this.sites = sites;
        this.agencyUses = agencyUses;
        this.licences = licences;
        this.agencies = agencies;
        this.licenceProblems = licenceProblems;
        this.audit = audit;
        this.validator = validator;
        this.changes = changes;
        this.clock = clock;
    }

    /** Imports tier-1 suppliers for the auditor's organisation. */
    @Transactional
    public ImportedSupplier.Result importBatch(Actor auditor, List<ImportedSupplier> batch) {
        rejectInvalid(batch);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        long buyer = auditor.organisationId();
        Map<String, Supplier> existing = new HashMap<>();
        for (ImportedSupplier item : batch) {
            String key = SupplierNames.key(item.supplier().name());
            suppliers.findByNameKeyAndCountry(key, item.supplier().country()).stream().findFirst()
                    .ifPresent(s -> existing.put(key + "|" + s.country(), s));
        }
        List<Supplier> toCreate = new ArrayList<>();
        Map<String, Integer> createdIndex = new HashMap<>();
        for (ImportedSupplier item : batch) {
            NewSupplier c = item.supplier();
            String key = SupplierNames.key(c.name());
            String identity = key + "|" + c.country();
            if (!existing.containsKey(identity) && !createdIndex.containsKey(identity)) {
                createdIndex.put(identity, toCreate.size());
                toCreate.add(new Supplier(null, c.name().strip(), key, c.country(), c.registrationNumber(),
                        c.openSupplyHubId(), c.sectors() == null ? List.of() : c.sectors(),
                        c.goods() == null ? List.of() : c.goods(), c.supplierOrganisationId(), now, now));
            }
        }
        List<Supplier> created = toCreate.isEmpty() ? List.of() : new ArrayList<>();
        suppliers.saveAll(toCreate).forEach(created::add);

        int linkedExisting = 0;
        int alreadyLinked = 0;
        List<BuyerLink> newLinks = new ArrayList<>();
        List<Site> newSites = new ArrayList<>();
        List<AgencyUse> newUses = new ArrayList<>();
        Map<String, Licence> licencesByNumber = licencesNamedIn(batch);
        List<Long> agencyIds = licencesByNumber.values().stream().map(Licence::agencyId).distinct().toList();
        Map<Long, Agency> agenciesById = agencyIds.isEmpty() ? Map.of() : agencies.findByIdIn(agencyIds).stream()
                .collect(Collectors.toMap(Agency::id, Function.identity()));
        Set<Long> linkedInBatch = new HashSet<>();
        for (ImportedSupplier item : batch) {
            String identity = SupplierNames.key(item.supplier().name()) + "|" + item.supplier().country();
            Supplier supplier = existing.containsKey(identity) ? existing.get(identity) : created.get(createdIndex.get(identity));
            if (!linkedInBatch.add(supplier.id())) {
                continue;
            }
            boolean isExisting = existing.containsKey(identity);
            if (isExisting && links.findByBuyerIdAndSupplierId(buyer, supplier.id()).isPresent()) {
                alreadyLinked++;
            } else {
                newLinks.add(new BuyerLink(null, buyer, supplier.id(), 1, null, item.supplier().shareOfOutput(), now));
                linkedExisting += isExisting ? 1 : 0;
            }
            for (NewSite s : item.sites()) {
                newSites.add(new Site(null, supplier.id(), s.name().strip(), s.address(), s.country(), s.latitude(),
                        s.longitude(), s.sector(), s.workers(), s.migrantShare(), now));
            }
            for (NewAgencyUse u : item.agencyUses()) {
                newUses.add(agencyUse(supplier.id(), u, licencesByNumber, agenciesById, now));
            }
        }
        links.saveAll(newLinks);
        sites.saveAll(newSites);
        agencyUses.saveAll(newUses);
        licenceProblems.recomputeFor(newUses.stream().map(AgencyUse::supplierId).collect(Collectors.toSet()));
        ImportedSupplier.Result result = new ImportedSupplier.Result(created.size(), linkedExisting, alreadyLinked,
                newSites.size(), newUses.size(), created.isEmpty() ? null : created.get(0).id());
        audit.append(auditor, "supplier.import", "organisation", buyer, null, result);
        changes.publishEvent(new SupplierChanged(List.copyOf(linkedInBatch), "imported"));
        return result;
    }

    /** Every broken rule of every item, by its position in the batch: items[3].sites[0].latitude. */
    private void rejectInvalid(List<ImportedSupplier> batch) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ImportedSupplier item = batch.get(i);
            collect(errors, "items[" + i + "]", validator.validate(item.supplier()));
            for (int j = 0; j < item.sites().size(); j++) {
                collect(errors, "items[" + i + "].sites[" + j + "]", validator.validate(item.sites().get(j)));
            }
            for (int j = 0; j < item.agencyUses().size(); j++) {
                collect(errors, "items[" + i + "].agencyUses[" + j + "]", validator.validate(item.agencyUses().get(j)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private static void collect(List<Problem.FieldError> errors, String prefix, Set<? extends ConstraintViolation<?>> violations) {
        violations.forEach(v -> errors.add(new Problem.FieldError(prefix + "." + v.getPropertyPath(), v.getMessage())));
    }

    private Map<String, Licence> licencesNamedIn(List<ImportedSupplier> batch) {
        List<String> numbers = batch.stream().flatMap(i -> i.agencyUses().stream())
                .map(NewAgencyUse::licenceNumber).filter(n -> n != null && !n.isBlank())
                .map(n -> n.strip().toUpperCase()).distinct().toList();
        return numbers.isEmpty() ? Map.of() : licences.findByNumberIn(numbers).stream()
                .collect(Collectors.toMap(Licence::number, Function.identity()));
    }

    private static AgencyUse agencyUse(long supplierId, NewAgencyUse u, Map<String, Licence> licencesByNumber,
                                       Map<Long, Agency> agenciesById, Instant now) {
        if (u.licenceNumber() != null && !u.licenceNumber().isBlank()) {
            String number = u.licenceNumber().strip().toUpperCase();
            Licence licence = licencesByNumber.get(number);
            if (licence == null) {
                throw ProblemException.invalidField("licenceNumber", number + " is not in the register");
            }
            Agency agency = agenciesById.get(licence.agencyId());
            return new AgencyUse(null, supplierId, agency.id(), number, agency.legalName(), agency.country(),
                    u.workforceShare(), u.lastPlacementDate(), now);
        }
        if (u.agencyName() == null || u.agencyName().isBlank() || u.agencyCountry() == null) {
            throw ProblemException.invalidField("agencyName", "an unregistered agency needs agencyName and agencyCountry");
        }
        return new AgencyUse(null, supplierId, null, null, u.agencyName().strip(), u.agencyCountry(), u.workforceShare(),
                u.lastPlacementDate(), now);
    }
}
