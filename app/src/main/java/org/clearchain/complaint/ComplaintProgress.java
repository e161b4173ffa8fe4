package org.clearchain.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public learns of a complaint from its tracking code: where its handling stands and the steps it went
 * through, each with its day. Nothing of what was written, by whom, or against whom.
 */
public record ComplaintProgress(String trackingCode, ComplaintStatus status, LocalDate filedOn, List<Step> steps) {

    public ComplaintProgress {
        steps = List.copyOf(steps);
    }

    /** The complaint reached {@code status} on {@code on} (UTC). */
    public record Step(ComplaintStatus status, LocalDate on) {
    }
}
