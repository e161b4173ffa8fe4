package org.clearchain.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.clearchain.scoring.Contribution;
import org.clearchain.scoring.RiskAssessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What changed between two snapshots: the score, the band, and each contribution that appeared, disappeared or
 * changed its points (matched by rule and factor on the whole snapshots, then shown as {@code shown} presents them).
 */
@Serdeable
record RiskChanges(long fromSnapshot, long toSnapshot, double scoreBefore, double scoreAfter, String bandBefore,
                   String bandAfter, List<Change> changes) {

    @Serdeable
    record Change(String rule, String factor, @Nullable Double pointsBefore, @Nullable Double pointsAfter) {
    }

    static RiskChanges between(long fromId, RiskAssessment before, long toId, RiskAssessment after,
                               UnaryOperator<Contribution> shown) {
        Map<String, Contribution> old = index(before);
        Map<String, Contribution> now = index(after);
        List<Change> changes = new ArrayList<>();
        old.forEach((key, c) -> {
            Contribution n = now.get(key);
            if (n == null || Math.abs(n.displayPoints() - c.displayPoints()) > 0.005) {
                changes.add(new Change(c.rule(), shown.apply(c).factor(), c.displayPoints(), n == null ? null : n.displayPoints()));
            }
        });
        now.forEach((key, c) -> {
            if (!old.containsKey(key)) {
                changes.add(new Change(c.rule(), shown.apply(c).factor(), null, c.displayPoints()));
            }
        });
        return new RiskChanges(fromId, toId, before.score(), after.score(), before.band().name(), after.band().name(), changes);
    }

    private static Map<String, Contribution> index(RiskAssessment a) {
        Map<String, Contribution> byKey = new LinkedHashMap<>();
        a.contributions().forEach(c -> byKey.merge(c.rule() + "|" + c.factor(), c, (x, y) -> x));
        return byKey;
    }
}
