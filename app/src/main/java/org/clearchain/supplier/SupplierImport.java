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
import org.clearchain.integrations.text.Words;
import org.clearchain.licence.Licence;
import org.clearchain.licence.LicenceRepository;
import org.clearchain.security.Actor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts many suppliers with their sites and agency uses on a buyer's list in one transaction, with batched
 * inserts. A supplier whose normalised name and country match an existing one is never duplicated: on the buyer's list
 * already, it is updated; not on it (another buyer listed it), the buyer is sent a link request in its place and
 * nothing of the item is written until the supplier's side accepts. The batch is one audit entry that counts what it
 * did, since it is one write made by one actor (each link request is an entry of its own).
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
    private final LinkRequests linkRequests;
    private final AuditLog audit;
    private final Validator validator;
    private final ApplicationEventPublisher<SupplierChanged> changes;
    private final Clock clock;

    SupplierImport(SupplierRepository suppliers, BuyerLinkRepository links, SiteRepository sites,
                   AgencyUseRepository agencyUses, LicenceRepository licences, AgencyRepository agencies,
                   LicenceProblems licenceProblems, LinkRequests linkRequests, AuditLog audit, Validator validator,
                   ApplicationEventPublisher<SupplierChanged> changes, Clock clock) {
        this.suppliers = suppliers;
        this.links = links;
        this.sites = sites;
        this.agencyUses = agencyUses;
        this.licences = licences;
        this.agencies = agencies;
        this.licenceProblems = licenceProblems;
        this.linkRequests = linkRequests;
        this.audit = audit;
        this.validator = validator;
        this.changes = changes;
        this.clock = clock;
    }

    /** Imports tier-1 suppliers for the auditor's organisation. */
    @Transactional
    public ImportedSupplier.Result importBatch(Actor auditor, List<ImportedSupplier> batch) {
        return importItems(auditor, batch).result();
    }

    /**
     * Imports tier-1 suppliers for the actor's organisation and says what each item did. A supplier is found by its
     * Open Supply Hub id, else by normalised name and country; a site by normalised name and address, so the same
     * item imported again changes nothing. A known supplier gains the item's sectors and OS id it lacked.
     */
    @Transactional
    public ImportedSupplier.Effects importItems(Actor auditor, List<ImportedSupplier> batch) {
        rejectInvalid(batch);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        long buyer = auditor.organisationId();
        Map<String, Supplier> byOsId = new HashMap<>();
        List<String> osIds = batch.stream().map(i -> i.supplier().openSupplyHubId()).filter(id -> id != null && !id.isBlank())
                .distinct().toList();
        if (!osIds.isEmpty()) {
            suppliers.findByOpenSupplyHubIdIn(osIds).forEach(s -> byOsId.putIfAbsent(s.openSupplyHubId(), s));
        }
        // suppliers already known under an item's normalised name and country, in one query (the oldest of twins)
        Map<String, Supplier> byName = new HashMap<>();
        suppliers.findByNameKeyInOrderById(batch.stream().map(i -> SupplierNames.key(i.supplier().name())).distinct().toList())
                .forEach(s -> byName.putIfAbsent(s.nameKey() + "|" + s.country(), s));
        SameSupplierInBatch sameSupplier = new SameSupplierInBatch(batch.stream().map(ImportedSupplier::supplier).toList());
        Map<String, Supplier> existing = new HashMap<>();
        for (ImportedSupplier item : batch) {
            String identity = sameSupplier.identity(item.supplier());
            Supplier known = item.supplier().openSupplyHubId() == null ? null : byOsId.get(item.supplier().openSupplyHubId());
            if (known != null) {
                existing.putIfAbsent(identity, known);
            } else if (!existing.containsKey(identity)) {
                Supplier named = byName.get(SupplierNames.key(item.supplier().name()) + "|" + item.supplier().country());
                if (named != null) {
                    existing.put(identity, named);
                }
            }
        }
        List<Supplier> toCreate = new ArrayList<>();
        Map<String, Integer> createdIndex = new HashMap<>();
        for (ImportedSupplier item : batch) {
            NewSupplier c = item.supplier();
            String identity = sameSupplier.identity(c);
            if (existing.containsKey(identity)) {
                continue;
            }
            Integer index = createdIndex.get(identity);
            if (index == null) {
                createdIndex.put(identity, toCreate.size());
                toCreate.add(new Supplier(null, c.name().strip(), SupplierNames.key(c.name()), c.country(), c.registrationNumber(),
                        c.openSupplyHubId(), c.sectors() == null ? List.of() : c.sectors(),
                        c.goods() == null ? List.of() : c.goods(), c.supplierOrganisationId(), now, now));
            } else {
                // a later row of the same new supplier may carry the OS id or sectors the first lacked
                toCreate.set(index, withWhatItLacked(toCreate.get(index), c, now));
            }
        }
        List<Supplier> created = toCreate.isEmpty() ? List.of() : new ArrayList<>();
        suppliers.saveAll(toCreate).forEach(created::add);

        int linkRequested = 0;
        int alreadyLinked = 0;
        List<BuyerLink> newLinks = new ArrayList<>();
        List<Site> newSites = new ArrayList<>();
        List<AgencyUse> newUses = new ArrayList<>();
        Map<Long, Supplier> completed = new HashMap<>();
        Map<Long, Site> changedSites = new HashMap<>();
        Map<Long, Map<String, Site>> sitesBySupplier = new HashMap<>();
        Map<String, Licence> licencesByNumber = licencesNamedIn(batch);
        List<Long> agencyIds = licencesByNumber.values().stream().map(Licence::agencyId).distinct().toList();
        Map<Long, Agency> agenciesById = agencyIds.isEmpty() ? Map.of() : agencies.findByIdIn(agencyIds).stream()
                .collect(Collectors.toMap(Agency::id, Function.identity()));
        Set<Long> linkedInBatch = new HashSet<>();
        Set<Long> notListed = new HashSet<>();
        Set<Long> changedSuppliers = new HashSet<>();
        List<ImportedSupplier.Effect> effects = new ArrayList<>();
        for (ImportedSupplier item : batch) {
            String identity = sameSupplier.identity(item.supplier());
            boolean isExisting = existing.containsKey(identity);
            Supplier supplier = isExisting ? existing.get(identity) : created.get(createdIndex.get(identity));
            boolean createdSomething = !isExisting && !linkedInBatch.contains(supplier.id());
            boolean changedSomething = false;
            if (linkedInBatch.add(supplier.id())) {
                if (!isExisting) {
                    newLinks.add(new BuyerLink(null, buyer, supplier.id(), 1, null, item.supplier().shareOfOutput(), now));
                } else if (links.findByBuyerIdAndSupplierId(buyer, supplier.id()).isPresent()) {
                    alreadyLinked++;
                } else {
                    notListed.add(supplier.id());
                    boolean sent = linkRequests.requestFor(auditor, supplier, item.supplier().name(), item.supplier().country(),
                            "Sent by an import of the buyer's supplier list.").isPresent();
                    linkRequested += sent ? 1 : 0;
                }
            }
            if (notListed.contains(supplier.id())) {
                // another buyer's supplier: nothing of this item is written until the link request is accepted
                effects.add(new ImportedSupplier.Effect(supplier.id(), ImportedSupplier.Change.LINK_REQUESTED));
                continue;
            }
            if (isExisting) {
                Supplier before = completed.getOrDefault(supplier.id(), supplier);
                Supplier after = withWhatItLacked(before, item.supplier(), now);
                if (after != before) {
                    completed.put(supplier.id(), after);
                    changedSomething = true;
                }
            }
            Map<String, Site> known = sitesBySupplier.computeIfAbsent(supplier.id(), id -> isExisting
                    ? sites.findBySupplierIdOrderById(id).stream().collect(Collectors.toMap(SupplierImport::siteKey,
                            Function.identity(), (first, second) -> first, HashMap::new))
                    : new HashMap<>());
            for (NewSite s : item.sites()) {
                Site site = new Site(null, supplier.id(), s.name().strip(), s.address(), s.country(), s.latitude(),
                        s.longitude(), s.sector(), s.workers(), s.migrantShare(), now);
                Site same = known.get(siteKey(site));
                if (same == null) {
                    known.put(siteKey(site), site);
                    newSites.add(site);
                    createdSomething = true;
                } else if (same.id() != null) {
                    Site merged = withReportedFacts(same, site);
                    if (!sameFacts(same, merged)) {
                        known.put(siteKey(site), merged);
                        changedSites.put(same.id(), merged);
                        changedSomething = true;
                    }
                }
            }
            for (NewAgencyUse u : item.agencyUses()) {
                newUses.add(agencyUse(supplier.id(), u, licencesByNumber, agenciesById, now));
                changedSomething = true;
            }
            if (createdSomething || changedSomething) {
                changedSuppliers.add(supplier.id());
            }
            effects.add(new ImportedSupplier.Effect(supplier.id(), createdSomething ? ImportedSupplier.Change.CREATED
                    : changedSomething ? ImportedSupplier.Change.UPDATED : ImportedSupplier.Change.UNCHANGED));
        }
        links.saveAll(newLinks);
        suppliers.updateAll(completed.values());
        sites.saveAll(newSites);
        sites.updateAll(changedSites.values());
        agencyUses.saveAll(newUses);
        licenceProblems.recomputeFor(newUses.stream().map(AgencyUse::supplierId).collect(Collectors.toSet()));
        ImportedSupplier.Result result = new ImportedSupplier.Result(created.size(), linkRequested, alreadyLinked,
                newSites.size(), newUses.size(), created.isEmpty() ? null : created.get(0).id());
        if (!changedSuppliers.isEmpty()) {
            audit.append(auditor, "supplier.import", "organisation", buyer, null, result);
            changes.publishEvent(new SupplierChanged(List.copyOf(changedSuppliers), "imported"));
        }
        return new ImportedSupplier.Effects(result, effects);
    }

    /**
     * A site is the same place when its address reads the same, whatever the case, accents or commas (lists name one
     * facility differently); a site without an address is known by its name.
     */
    private static String siteKey(Site site) {
        String address = site.address() == null ? "" : Words.of(site.address());
        return site.country() + (address.isEmpty() ? "|name|" + Words.of(site.name()) : "|address|" + address);
    }

    /** What a report says of a known site replaces what was kept; what it leaves out (null) is not forgotten. */
    private static Site withReportedFacts(Site stored, Site reported) {
        return new Site(stored.id(), stored.supplierId(), stored.name(), stored.address(), stored.country(),
                reported.latitude() != null ? reported.latitude() : stored.latitude(),
                reported.longitude() != null ? reported.longitude() : stored.longitude(),
                reported.sector() != null ? reported.sector() : stored.sector(),
                reported.workers() != null ? reported.workers() : stored.workers(),
                reported.migrantShare() != null ? reported.migrantShare() : stored.migrantShare(), stored.createdAt());
    }

    private static boolean sameFacts(Site stored, Site reported) {
        return sameNumber(stored.latitude(), reported.latitude()) && sameNumber(stored.longitude(), reported.longitude())
                && Objects.equals(stored.sector(), reported.sector()) && Objects.equals(stored.workers(), reported.workers())
                && sameNumber(stored.migrantShare(), reported.migrantShare());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The supplier with the OS id and sectors it lacked; the same instance when it lacked nothing. */
    private static Supplier withWhatItLacked(Supplier s, NewSupplier reported, Instant now) {
        String osId = s.openSupplyHubId() == null ? reported.openSupplyHubId() : s.openSupplyHubId();
        List<String> sectors = new ArrayList<>(s.sectors());
        if (reported.sectors() != null) {
            reported.sectors().stream().filter(code -> !sectors.contains(code)).forEach(sectors::add);
        }
        if (Objects.equals(osId, s.openSupplyHubId()) && sectors.size() == s.sectors().size()) {
            return s;
        }
        return new Supplier(s.id(), s.name(), s.nameKey(), s.country(), s.registrationNumber(), osId, List.copyOf(sectors),
                s.goods(), s.supplierOrganisationId(), s.createdAt(), now);
    }

    /** Every broken rule of every item, by its position in the batch: items[3].sites[0].latitude. */
    private void rejectInvalid(List<ImportedSupplier> batch) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            errors.addAll(problemsOf(batch.get(i), "items[" + i + "]"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /** The rules one item breaks, each named by its field under {@code prefix}; empty when it may be imported. */
    public List<Problem.FieldError> problemsOf(ImportedSupplier item, String prefix) {
        List<Problem.FieldError> errors = new ArrayList<>();
        collect(errors, prefix, validator.validate(item.supplier()));
        for (int j = 0; j < item.sites().size(); j++) {
            collect(errors, prefix + ".sites[" + j + "]", validator.validate(item.sites().get(j)));
        }
        for (int j = 0; j < item.agencyUses().size(); j++) {
            collect(errors, prefix + ".agencyUses[" + j + "]", validator.validate(item.agencyUses().get(j)));
        }
        return errors;
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
