package org.clearchain.scoring;

import java.util.ArrayList;
import java.util.List;

/** The contributions of one part of the score (I, E, A or D) as they are worked out; its points are their sum. */
final class Part {

    final List<Contribution> contributions = new ArrayList<>();
    final List<String> lowConfidenceReasons = new ArrayList<>();

    void add(Contribution contribution) {
        contributions.add(contribution);
    }

    void lowConfidence(String reason) {
        lowConfidenceReasons.add(reason);
    }

    double points() {
        return contributions.stream().mapToDouble(Contribution::points).sum();
    }

    /** Keeps the part within its range by a contribution that takes off (or adds) the difference. */
    void clamp(String rule, double min, double max, String edition, java.time.LocalDate asOf) {
        double sum = points();
        if (sum > max) {
            add(new Contribution(rule, "capped at " + Rounding.show(max), "methodology", edition,
                    Rounding.show(sum) + " → " + Rounding.show(max), max - sum, asOf));
        } else if (sum < min) {
            add(new Contribution(rule, "not below " + Rounding.show(min), "methodology", edition,
                    Rounding.show(sum) + " → " + Rounding.show(min), min - sum, asOf));
        }
    }
}
