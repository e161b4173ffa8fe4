package org.clearchain.declaration;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.validation.Validator;
import org.clearchain.audit.AuditLog;
import org.clearchain.audit.Revisions;
import org.clearchain.common.FieldErrors;
import org.clearchain.common.Problem;
import org.clearchain.common.ProblemException;
import org.clearchain.licence.Licence;
import org.clearchain.licence.LicenceRepository;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;
import org.clearchain.supplier.Supplier;
import org.clearchain.supplier.SupplierAccess;
import org.clearchain.supplier.SupplierRepository;
import org.clearchain.supplier.SupplierUnlinked;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Requests and declarations: a buyer asks, the supplier answers once per request, answers are validated
 * against the questionnaire's schema, kept as submitted, and cross-checked against the licence register.
 */
@Singleton
public class Declarations {

    private final DeclarationRequestRepository requests;
    private final DeclarationRepository declarations;
    private final LicenceCheckRepository checks;
    private final LicenceRepository licences;
    private final SupplierRepository suppliers;
    private final SupplierAccess access;
    private final Questionnaires questionnaires;
    private final AuditLog audit;
    private final Revisions revisions;
    private final JsonMapper json;
    private final ApplicationEventPublisher<DeclarationSubmitted> submissions;
    private final Validator validator;
    private final Clock clock;

    Declarations(DeclarationRequestRepository requests, DeclarationRepository declarations, LicenceCheckRepository checks,
                 LicenceRepository licences, SupplierRepository suppliers, SupplierAccess access,
                 Questionnaires questionnaires, AuditLog audit, Revisions revisions, JsonMapper json,
                 ApplicationEventPublisher<DeclarationSubmitted> submissions, Validator validator, Clock clock) {
        this.requests = requests;
        this.declarations = declarations;
        this.checks = checks;
        this.licences = licences;
        this.suppliers = suppliers;
        this.access = access;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.revisions = revisions;
        this.json = json;
        this.submissions = submissions;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public DeclarationRequest request(Actor auditor, long supplierId, NewDeclarationRequest command) {
        access.buyerLink(auditor, supplierId);
        int version = command.questionnaireVersion() == null ? questionnaires.latest() : command.questionnaireVersion();
        if (!questionnaires.exists(version)) {
            throw ProblemException.invalidField("questionnaireVersion", "there is no questionnaire version " + version
                    + "; see GET /api/questionnaires");
        }
        if (command.dueDate().isBefore(today())) {
            throw ProblemException.invalidField("dueDate", "must be today or later");
        }
        DeclarationRequest request = requests.save(new DeclarationRequest(null, auditor.organisationId(), supplierId, version,
                command.dueDate(), DeclarationRequest.RequestStatus.OPEN, auditor.name(), now(), null, null));
        audit.append(auditor, "declaration-request.create", "supplier", supplierId, null, request);
        return request;
    }

    /** The buyer withdraws an open request: the supplier sees it withdrawn, with the reason, and it is never overdue. */
    @Transactional
    public DeclarationRequest withdraw(Actor auditor, long requestId, String reason) {
        DeclarationRequest request = requests.lockById(requestId)
                .filter(r -> auditor.is(Role.AUDITOR) && auditor.belongsTo(r.buyerId()))
                .orElseThrow(() -> ProblemException.notFound("Declaration request " + requestId));
        if (request.status() != DeclarationRequest.RequestStatus.OPEN) {
            throw ProblemException.conflict("Declaration request " + requestId + " is " + request.status()
                    + "; only an OPEN request can be withdrawn.");
        }
        DeclarationRequest withdrawn = requests.update(request.withdrawn(now(), reason.strip()));
        revisions.record(auditor, "declaration-request.withdraw", "declaration-request", requestId, request, withdrawn, reason);
        return withdrawn;
    }

    /** A buyer that ends its link to a supplier withdraws what it still asks of it. */
    @EventListener
    void onSupplierUnlinked(SupplierUnlinked event) {
        Actor system = Actor.SYSTEM;
        for (DeclarationRequest open : requests.findByBuyerIdAndSupplierIdAndStatus(event.buyerId(), event.supplierId(),
                DeclarationRequest.RequestStatus.OPEN)) {
            DeclarationRequest withdrawn = requests.update(open.withdrawn(now(), "link ended: " + event.reason()));
            revisions.record(system, "declaration-request.withdraw", "declaration-request", open.id(), open, withdrawn,
                    "link ended: " + event.reason());
        }
    }

    /** A request the actor may see: its buyer's auditors, or the users of the supplier it is addressed to. */
    DeclarationRequest readableRequest(Actor actor, long requestId) {
        return requests.findById(requestId).filter(r -> mayRead(actor, r))
                .orElseThrow(() -> ProblemException.notFound("Declaration request " + requestId));
    }

    @Transactional
    DeclarationView submit(Actor supplierUser, long requestId, Submission submission) {
        DeclarationRequest request = requests.lockById(requestId)
                .filter(r -> isAddressedTo(supplierUser, r))
                .orElseThrow(() -> ProblemException.notFound("Declaration request " + requestId));
        if (request.status() == DeclarationRequest.RequestStatus.WITHDRAWN) {
            throw ProblemException.conflict("Declaration request " + requestId + " was withdrawn by the buyer on "
                    + request.withdrawnAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() + ": " + request.withdrawalReason());
        }
        if (request.status() != DeclarationRequest.RequestStatus.OPEN) {
            throw ProblemException.conflict("Declaration request " + requestId + " has been answered already; a new"
                    + " declaration needs a new request from the buyer, and will supersede the previous one.");
        }
        String answers = submission.answers() == null ? null : text(submission.answers());
        // the attestation and the answers together, so that a supplier fixes its form in one round, not two
        List<Problem.FieldError> errors = new ArrayList<>(FieldErrors.of(validator.validate(submission)));
        if (answers != null) {
            errors.addAll(questionnaires.validate(request.questionnaireVersion(), answers));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        Submission.Attestation a = submission.attestation();
        Declaration declaration = declarations.save(new Declaration(null, request.id(), request.buyerId(), request.supplierId(),
                request.questionnaireVersion(), answers, a.name().strip(), a.role().strip(), a.date(), supplierUser.name(),
                now(), null));
        declarations.supersede(request.buyerId(), request.supplierId(), declaration.id());
        requests.update(request.answered());
        List<LicenceCheck> saved = new ArrayList<>();
        for (String number : declaredLicenceNumbers(submission.answers())) {
            Optional<Licence> licence = licences.findByNumber(number);
            LicenceCheckResult result = licence.map(l -> LicenceCheckResult.of(l.status(), l.validFrom(), l.validUntil(), today()))
                    .orElse(LicenceCheckResult.NOT_FOUND);
            saved.add(checks.save(new LicenceCheck(null, declaration.id(), number, result, licence.map(Licence::agencyId).orElse(null))));
        }
        audit.append(supplierUser, "declaration.submit", "supplier", request.supplierId(), null,
                new AuditSummary(declaration.id(), request.id(), request.buyerId(), request.questionnaireVersion(),
                        saved.stream().map(c -> c.licenceNumber() + "=" + c.result()).toList()));
        submissions.publishEvent(new DeclarationSubmitted(declaration.id(), request.supplierId(), request.buyerId()));
        return view(declaration, saved, licencesNamedIn(saved));
    }

    /** The declarations of a supplier the actor may read: a buyer sees only its own, never another buyer's. */
    public List<DeclarationView> ofSupplier(Actor actor, long supplierId) {
        Supplier supplier = access.readable(actor, supplierId);
        List<Declaration> found;
        if (actor.is(Role.AUDITOR)) {
            found = declarations.findByBuyerIdAndSupplierIdOrderByIdDesc(actor.organisationId(), supplier.id());
        } else if (actor.is(Role.SUPPLIER) || actor.is(Role.ADMIN)) {
            found = declarations.findBySupplierIdOrderByIdDesc(supplier.id());
        } else {
            throw ProblemException.notFound("Declarations of supplier " + supplierId);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<LicenceCheck> allChecks = checks.findByDeclarationIdInOrderById(found.stream().map(Declaration::id).toList());
        Map<Long, List<LicenceCheck>> checksByDeclaration = allChecks.stream()
                .collect(Collectors.groupingBy(LicenceCheck::declarationId));
        Map<String, Licence> registered = licencesNamedIn(allChecks);
        return found.stream().map(d -> view(d, checksByDeclaration.getOrDefault(d.id(), List.of()), registered)).toList();
    }

    /** Today's register entries of the licences the checks name, in one query, by upper-cased number. */
    private Map<String, Licence> licencesNamedIn(List<LicenceCheck> licenceChecks) {
        Set<String> numbers = licenceChecks.stream().map(LicenceCheck::licenceNumber).collect(Collectors.toSet());
        return numbers.isEmpty() ? Map.of() : licences.findByNumberIn(numbers).stream()
                .collect(Collectors.toMap(l -> l.number().toUpperCase(Locale.ROOT), l -> l));
    }

    private DeclarationView view(Declaration d, List<LicenceCheck> licenceChecks, Map<String, Licence> registered) {
        LocalDate today = today();
        List<DeclarationView.LicenceCheckView> checkViews = licenceChecks.stream()
                .map(c -> new DeclarationView.LicenceCheckView(c.licenceNumber(), c.agencyId(), c.result(),
                        Optional.ofNullable(registered.get(c.licenceNumber().toUpperCase(Locale.ROOT)))
                                .map(l -> LicenceCheckResult.of(l.status(), l.validFrom(), l.validUntil(), today))
                                .orElse(LicenceCheckResult.NOT_FOUND)))
                .toList();
        return new DeclarationView(d.id(), d.requestId(), d.buyerId(), d.supplierId(), d.questionnaireVersion(),
                tree(d.answers()), new Submission.Attestation(d.attestedName(), d.attestedRole(), d.attestedOn()),
                d.submittedBy(), d.submittedAt(), d.supersededBy() == null, d.supersededBy(), checkViews);
    }

    /** Of these declarations, those the actor may read: as their requests, its buyer's and its supplier's. */
    public Set<Long> readableAmong(Actor actor, java.util.Collection<Long> declarationIds) {
        return declarationIds.isEmpty() ? Set.of() : declarations.findByIdIn(declarationIds).stream()
                .filter(d -> mayRead(actor, d.buyerId(), d.supplierId())).map(Declaration::id).collect(Collectors.toSet());
    }

    private boolean mayRead(Actor actor, DeclarationRequest r) {
        return mayRead(actor, r.buyerId(), r.supplierId());
    }

    /** A buyer's auditors, the users of the supplier addressed, and the admin; never another buyer, nor inspectors. */
    private boolean mayRead(Actor actor, long buyerId, long supplierId) {
        return (actor.is(Role.AUDITOR) && actor.belongsTo(buyerId)) || isAddressedTo(actor, supplierId) || actor.is(Role.ADMIN);
    }

    private boolean isAddressedTo(Actor actor, DeclarationRequest r) {
        return isAddressedTo(actor, r.supplierId());
    }

    private boolean isAddressedTo(Actor actor, long supplierId) {
        return actor.is(Role.SUPPLIER) && suppliers.findById(supplierId)
                .map(s -> actor.belongsTo(s.supplierOrganisationId())).orElse(false);
    }

    /** Licence numbers named under agencies.list[].licenceNumber, upper-cased, each once. */
    private static Set<String> declaredLicenceNumbers(JsonNode answers) {
        Set<String> numbers = new LinkedHashSet<>();
        JsonNode agencies = answers.get("agencies");
        JsonNode list = agencies == null ? null : agencies.get("list");
        if (list != null && list.isArray()) {
            for (JsonNode agency : list.values()) {
                JsonNode number = agency.get("licenceNumber");
                if (number != null && number.isString() && !number.getStringValue().isBlank()) {
                    numbers.add(number.getStringValue().strip().toUpperCase());
                }
            }
        }
        return numbers;
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** What the audit log keeps of a declaration: not the answers, which stay in the declaration itself. */
    @Serdeable
    record AuditSummary(long declarationId, long requestId, long buyerId, int questionnaireVersion, List<String> licenceChecks) {
    }
}
