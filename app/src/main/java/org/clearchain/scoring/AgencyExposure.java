package org.clearchain.scoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A: the riskiest agency the supplier uses, max over agencies of
 * agency score / 100 × 25 × exposure × 0.5^(months since last placement / 12); 0–25.
 * <p>
 * The agency score here is licence state plus a substantiated fee complaint only, as DESIGN defines it: findings
 * where the agency placed workers already count in E at the supplier's own sites.
 */
final class AgencyExposure {

    private final Methodology methodology;

    AgencyExposure(Methodology methodology) {
        this.methodology = methodology;
    }

    Part assess(List<AgencyUseFact> uses, LocalDate asOf) {
        Methodology.Agencies rules = methodology.agencies();
        Part part = new Part();
        record Exposed(AgencyUseFact use, double points, String arithmetic, String factor) { }
        List<Exposed> exposed = uses.stream().map(use -> {
            LicenceState held = effectiveState(use.licenceState());
            boolean remembered = rules.remembers(use.lastRevokedOn(), asOf)
                    && rules.licencePoints().get(LicenceState.REVOKED) > rules.licencePoints().get(held);
            LicenceState state = remembered ? LicenceState.REVOKED : held;
            double licence = rules.licencePoints().get(state);
            double complaint = use.feeComplaintSubstantiated() ? rules.feeComplaintPoints() : 0;
            double agencyScore = Math.min(rules.agencyScoreCap(), licence + complaint);
            double exposure = rules.exposure().of(use.workforceSharePercent());
            double months = use.lastPlacement() == null ? 0 : MonthsElapsed.between(use.lastPlacement(), asOf);
            double decay = MonthsElapsed.halfLifeDecay(months, rules.placementHalfLifeMonths());
            String arithmetic = "agency score " + Rounding.show(agencyScore) + " (" + (remembered ? "licence "
                    + held + " but revoked on " + use.lastRevokedOn() + ", remembered "
                    + Rounding.show(rules.revocationMemoryMonths()) + " months: " : "") + state + " "
                    + Rounding.show(licence) + (complaint > 0 ? " + fee complaint " + Rounding.show(complaint) : "")
                    + (licence + complaint > agencyScore ? ", capped" : "") + ") / 100 × "
                    + Rounding.show(rules.propagationWeight()) + " × exposure " + Rounding.show(exposure) + " ("
                    + (use.workforceSharePercent() == null ? "share unknown"
                    : Rounding.show(use.workforceSharePercent()) + " % of workforce") + ") × "
                    + (use.lastPlacement() == null ? "1 (last placement unknown: no decay)"
                    : "0.5^(" + Rounding.show(months) + "/" + Rounding.show(rules.placementHalfLifeMonths()) + ")");
            String factor = use.agencyName() + (use.licenceState() == null
                    ? ": no licence record, treated as unlicensed" : ": licence " + held)
                    + (remembered ? ", revoked on " + use.lastRevokedOn() : "");
            double points = agencyScore / 100 * rules.propagationWeight() * exposure * decay;
            return new Exposed(use, points, arithmetic, factor);
        }).toList();
        Exposed riskiest = exposed.stream().max(Comparator.comparingDouble(Exposed::points)).orElse(null);
        for (Exposed e : exposed) {
            boolean counted = e == riskiest;
            part.add(new Contribution("A.agency", e.factor() + (counted ? ""
                    : ": not counted, A takes the riskiest agency only"), "agency " + e.use().agencyId()
                    + " (licence register)", methodology.version(), e.arithmetic() + " = " + Rounding.show(e.points()),
                    counted ? e.points() : 0, e.use().lastPlacement() == null ? asOf : e.use().lastPlacement()));
        }
        part.clamp("A.cap", 0, rules.cap(), methodology.version(), asOf);
        return part;
    }

    static LicenceState effectiveState(LicenceState state) {
        return state == null ? LicenceState.UNLICENSED : state;
    }
}
