package org.clearchain.recruiter;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.integrations.text.Words;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyAccess;
import org.clearchain.agency.AgencyRepository;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recruiters named but not registered: a name and country gather into one record, which a licensing officer reviews,
 * merges with another spelling of the same recruiter, or links to the registered agency it turns out to be. Every
 * move is audited; what named the record follows it through {@link RecruiterMerged} and {@link RecruiterLinked}.
 */
@Singleton
public class UnlicensedRecruiters {

    private final UnlicensedRecruiterRepository recruiters;
    private final AgencyRepository agencies;
    private final AuditLog audit;
    private final ApplicationEventPublisher<RecruiterNamed> named;
    private final ApplicationEventPublisher<RecruiterMerged> merged;
    private final ApplicationEventPublisher<RecruiterLinked> linked;
    private final Clock clock;

    UnlicensedRecruiters(UnlicensedRecruiterRepository recruiters, AgencyRepository agencies, AuditLog audit,
                         ApplicationEventPublisher<RecruiterNamed> named, ApplicationEventPublisher<RecruiterMerged> merged,
                         ApplicationEventPublisher<RecruiterLinked> linked, Clock clock) {
        this.recruiters = recruiters;
        this.agencies = agencies;
        this.audit = audit;
        this.named = named;
        this.merged = merged;
        this.linked = linked;
        this.clock = clock;
    }

    /**
     * Whom {@code name} in {@code country} names: the registered agency of that name there (case and accents aside),
     * else the unlicensed-recruiter record the name gathers into, made on first mention. Runs in the caller's
     * transaction; {@code field} is the request field an unusable name is reported under.
     */
    @Transactional
    public NamedRecruiter identify(Actor actor, String field, String name, String country) {
        String spelled = name.strip().replaceAll("\\s+", " ");
        String normalised = Words.of(spelled);
        if (normalised.isEmpty()) {
            throw ProblemException.invalidField(field, "must contain letters or digits: the name of the agency or recruiter");
        }
        Optional<Agency> registered = agencies.findByCountryAndLegalName(country, spelled).stream().findFirst();
        if (registered.isPresent()) {
            return new NamedRecruiter(registered.get().id(), null);
        }
        boolean known = recruiters.findByNormalisedNameAndCountry(normalised, country).isPresent();
        recruiters.gather(spelled, normalised, country, now());
        UnlicensedRecruiter record = recruiters.findById(recruiters.lastInsertId()).orElseThrow();
        if (!known) {
            audit.append(actor, "recruiter.gather", "unlicensed_recruiter", record.id(), null, record);
            named.publishEvent(new RecruiterNamed(record.id()));
        }
        while (record.status() == RecruiterStatus.MERGED) {
            record = recruiters.findById(record.mergedIntoId()).orElseThrow();
        }
        return new NamedRecruiter(record.linkedAgencyId(), record.id());
    }

    public PageView<RecruiterView> list(RecruiterStatus status, String country, String q, PageRequest page) {
        String pattern = q == null || q.isBlank() || Words.of(q).isEmpty() ? null
                : "%" + Words.of(q) + "%";
        String statusName = status == null ? null : status.name();
        List<UnlicensedRecruiter> found = recruiters.search(statusName, country, pattern, page.size(), page.offset());
        return PageView.of(views(found), page, recruiters.countMatching(statusName, country, pattern));
    }

    public RecruiterView show(long id) {
        return views(List.of(find(id))).get(0);
    }

    @Transactional
    public RecruiterView review(Actor officer, long id, RecruiterReview decision) {
        UnlicensedRecruiter before = lock(id);
        requireOpen(before, "reviewed");
        return moved(officer, "recruiter.review", before, before.moved(RecruiterStatus.REVIEWED, null, null,
                decision.note().strip(), officer.name(), now()));
    }

    /** {@code id} is the same recruiter as {@code decision.intoId()}: everything that named it now names that one. */
    @Transactional
    public RecruiterView merge(Actor officer, long id, RecruiterMerge decision) {
        if (decision.intoId() == null) {
            throw ProblemException.invalidField("intoId", "is required: the id of the record this one is merged into");
        }
        if (decision.intoId() == id) {
            throw ProblemException.invalidField("intoId", "must be another record than " + id);
        }
        // locked in id order, so that two merges of the same pair cannot wait on each other
        UnlicensedRecruiter first = lock(Math.min(id, decision.intoId()));
        UnlicensedRecruiter second = lock(Math.max(id, decision.intoId()));
        UnlicensedRecruiter from = first.id() == id ? first : second;
        UnlicensedRecruiter into = from == first ? second : first;
        requireOpen(from, "merged");
        if (into.status() == RecruiterStatus.MERGED) {
            throw ProblemException.conflict("Record " + into.id() + " was merged into " + into.mergedIntoId()
                    + "; merge into that one.");
        }
        RecruiterView view = moved(officer, "recruiter.merge", from, from.moved(RecruiterStatus.MERGED, into.id(), null,
                decision.note().strip(), officer.name(), now()));
        merged.publishEvent(new RecruiterMerged(from.id(), into.id(), into.linkedAgencyId()));
        return view;
    }

    /** The recruiter is a registered agency of the officer's authority: what named it now counts for that agency. */
    @Transactional
    public RecruiterView link(Actor officer, long id, RecruiterLink decision) {
        if (decision.agencyId() == null) {
            throw ProblemException.invalidField("agencyId", "is required: the registered agency this recruiter is");
        }
        Agency agency = agencies.findById(decision.agencyId())
                .filter(a -> AgencyAccess.canChange(officer, a.authorityId()))
                .orElseThrow(() -> ProblemException.invalidField("agencyId", "no agency of your authority has id "
                        + decision.agencyId()));
        UnlicensedRecruiter before = lock(id);
        requireOpen(before, "linked");
        RecruiterView view = moved(officer, "recruiter.link", before, before.moved(RecruiterStatus.LINKED, null,
                agency.id(), decision.note().strip(), officer.name(), now()));
        linked.publishEvent(new RecruiterLinked(id, agency.id()));
        return view;
    }

    private RecruiterView moved(Actor officer, String action, UnlicensedRecruiter before, UnlicensedRecruiter after) {
        UnlicensedRecruiter saved = recruiters.update(after);
        audit.append(officer, action, "unlicensed_recruiter", saved.id(), before, saved);
        return show(saved.id());
    }

    private static void requireOpen(UnlicensedRecruiter r, String verb) {
        if (r.status() == RecruiterStatus.MERGED) {
            throw ProblemException.conflict("Record " + r.id() + " was merged into record " + r.mergedIntoId()
                    + " and cannot be " + verb + "; act on record " + r.mergedIntoId() + ".");
        }
        if (r.status() == RecruiterStatus.LINKED) {
            throw ProblemException.conflict("Record " + r.id() + " is linked to agency " + r.linkedAgencyId()
                    + " and cannot be " + verb + "; its complaints and uses count for that agency.");
        }
    }

    private UnlicensedRecruiter find(long id) {
        return recruiters.findById(id).orElseThrow(() -> ProblemException.notFound("Unlicensed recruiter " + id));
    }

    private UnlicensedRecruiter lock(long id) {
        return recruiters.lockById(id).orElseThrow(() -> ProblemException.notFound("Unlicensed recruiter " + id));
    }

    private List<RecruiterView> views(List<UnlicensedRecruiter> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Long, RecruiterMentions> mentions = recruiters.mentions(records.stream().map(UnlicensedRecruiter::id).toList())
                .stream().collect(Collectors.toMap(RecruiterMentions::recruiterId, Function.identity()));
        return records.stream().map(r -> RecruiterView.of(r, mentions.get(r.id()))).toList();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
