package org.clearchain.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.clearchain.common.ProblemException;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;
import org.clearchain.supplier.SupplierAccess;

import java.util.List;

/** A supplier's risk: the current assessment with every point behind it, its history, and what changed. */
@Controller("/api/suppliers/{id}/risk")
@Secured({Roles.AUDITOR, Roles.INSPECTOR, Roles.ADMIN, Roles.SUPPLIER})
@ExecuteOn(TaskExecutors.BLOCKING)
class RiskController {

    private final SupplierAccess access;
    private final RiskSnapshotRepository snapshots;
    private final Rescoring rescoring;
    private final SupplierRisk risk;
    private final ContributionVisibility visibility;

    RiskController(SupplierAccess access, RiskSnapshotRepository snapshots, Rescoring rescoring, SupplierRisk risk,
                   ContributionVisibility visibility) {
        this.access = access;
        this.snapshots = snapshots;
        this.rescoring = rescoring;
        this.risk = risk;
        this.visibility = visibility;
    }

    /**
     * The latest snapshot; a supplier never scored yet is scored now. A contribution read from a record the caller may
     * not read (another inspectorate's finding, a declaration to another buyer) keeps its rule and points only. The
     * explanation is in English, or in French with {@code lang=fr}.
     */
    @Get
    RiskAssessment current(long id, @QueryValue @Nullable String lang, Authentication user) {
        boolean french = french(lang);
        Actor actor = Actor.of(user);
        access.readable(actor, id);
        RiskAssessment shown = visibility.present(actor, snapshots.findFirstBySupplierIdOrderByIdDesc(id).map(this::assessment)
                .or(() -> rescoring.rescore(id, "first look"))
                .orElseThrow(() -> ProblemException.notFound("Supplier " + id)));
        return french ? ExplanationFr.of(shown) : shown;
    }

    private static boolean french(String lang) {
        String code = lang == null ? "en" : lang.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (code) {
            case "en", "" -> false;
            case "fr" -> true;
            default -> throw ProblemException.invalidField("lang", "'" + lang + "' is not a language of the explanation; use en or fr");
        };
    }

    /** Newest first. */
    @Get("/history")
    List<RiskHistoryEntry> history(long id, Authentication user) {
        Actor actor = Actor.of(user);
        access.readable(actor, id);
        return risk.history(actor, id);
    }

    /** Between two snapshots ({@code from}, {@code to}); by default the last two. */
    @Get("/changes")
    RiskChanges changes(long id, @QueryValue @Nullable Long from, @QueryValue @Nullable Long to, Authentication user) {
        Actor actor = Actor.of(user);
        access.readable(actor, id);
        List<RiskSnapshot> all = snapshots.findBySupplierIdOrderByIdDesc(id);
        RiskSnapshot after = to == null ? (all.isEmpty() ? null : all.get(0)) : find(all, to, "to");
        RiskSnapshot before = from == null ? (all.size() < 2 ? null : all.get(1)) : find(all, from, "from");
        if (after == null || before == null) {
            throw ProblemException.conflict("Supplier " + id + " has fewer than two risk snapshots; nothing to compare yet.");
        }
        RiskAssessment older = assessment(before);
        RiskAssessment newer = assessment(after);
        return RiskChanges.between(before.id(), older, after.id(), newer, visibility.to(actor, List.of(older, newer))::present);
    }

    private static RiskSnapshot find(List<RiskSnapshot> all, long snapshotId, String field) {
        return all.stream().filter(s -> s.id() == snapshotId).findFirst()
                .orElseThrow(() -> ProblemException.invalidField(field, "snapshot " + snapshotId + " is not one of this supplier's"));
    }

    private RiskAssessment assessment(RiskSnapshot snapshot) {
        return risk.read(snapshot);
    }
}
