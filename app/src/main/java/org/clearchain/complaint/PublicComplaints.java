package org.clearchain.complaint;

import jakarta.inject.Singleton;
import org.clearchain.audit.AuditEntry;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.PageRequest;
import org.clearchain.licence.PublicRegister;
import org.clearchain.security.Actor;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public's side of complaints, for the console's pages: the same filing as {@code POST /api/public/complaints}
 * and the same look-up by tracking code, plus the steps the handling went through, read from the audit log.
 */
@Singleton
public class PublicComplaints {

    private final Complaints complaints;
    private final ComplaintRepository repository;
    private final AuditLog audit;
    private final PublicRegister register;

    PublicComplaints(Complaints complaints, ComplaintRepository repository, AuditLog audit, PublicRegister register) {
        this.complaints = complaints;
        this.repository = repository;
        this.audit = audit;
        this.register = register;
    }

    /** An agency of the public register a complainant may pick. */
    public record AgencyChoice(long id, String name, String country) {
    }

    /** The agencies of the public register whose name contains {@code name} (case and accents aside), at most {@code max}. */
    public List<AgencyChoice> registeredAgenciesNamed(String name, int max) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return register.search(name, null, null, new PageRequest(0, max)).items().stream()
                .map(a -> new AgencyChoice(a.id(), a.legalName(), a.country())).toList();
    }

    /** Files the complaint as the public does; returns its tracking code. */
    public String file(NewComplaint complaint) {
        return complaints.file(Actor.PUBLIC, complaint).trackingCode();
    }

    /** The complaint with this tracking code (any case, spaces around ignored), or empty. */
    public Optional<ComplaintProgress> follow(String trackingCode) {
        String code = trackingCode.strip().toUpperCase(Locale.ROOT);
        return repository.findByTrackingCode(code).map(this::progress);
    }

    private ComplaintProgress progress(Complaint complaint) {
        List<ComplaintProgress.Step> steps = new ArrayList<>();
        steps.add(new ComplaintProgress.Step(ComplaintStatus.RECEIVED, complaint.filedAt().atZone(ZoneOffset.UTC).toLocalDate()));
        for (AuditEntry entry : audit.entriesOf("complaint", complaint.id(), 50)) {
            // moves are logged as complaint.investigate, complaint.close…; filing and corrections are not moves
            String move = entry.action().substring(entry.action().indexOf('.') + 1);
            Optional<ComplaintStatus> to = ComplaintAction.of(move).flatMap(a -> ComplaintAction.MOVES.next(reached(steps), a));
            if (to.isPresent()) {
                steps.add(new ComplaintProgress.Step(to.get(), entry.occurredAt().atZone(ZoneOffset.UTC).toLocalDate()));
            }
        }
        return new ComplaintProgress(complaint.trackingCode(), complaint.status(),
                complaint.filedAt().atZone(ZoneOffset.UTC).toLocalDate(), steps);
    }

    private static ComplaintStatus reached(List<ComplaintProgress.Step> steps) {
        return steps.get(steps.size() - 1).status();
    }
}
