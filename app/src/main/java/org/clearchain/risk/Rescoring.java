package org.clearchain.risk;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.scoring.Contribution;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.scoring.ScoringEngine;
import org.clearchain.scoring.SupplierFacts;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores suppliers from their current facts and keeps a snapshot when the score or its contributions changed.
 * Runs inside the caller's transaction when there is one, so a licence revocation and the rescoring of every
 * supplier using the agency commit together. A full run calls the two halves, {@link #score} and {@link #write},
 * itself, so that one batch is written while the next is read.
 */
@Singleton
public class Rescoring {

    private final RiskFactsReader facts;
    private final RiskSnapshotRepository snapshots;
    private final ReferenceEditions editions;
    private final ScoringEngine engine;
    private final SnapshotWriter writer;
    private final Clock clock;

    Rescoring(RiskFactsReader facts, RiskSnapshotRepository snapshots, ReferenceEditions editions, SnapshotWriter writer,
              Clock clock) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.editions = editions;
        this.engine = ScoringEngine.v1();
        this.writer = writer;
        this.clock = clock;
    }

    /** A batch assessed: every assessment, and those that differ from the supplier's latest snapshot. */
    record Scored(List<RiskAssessment> assessments, List<Changed> changed, String reason, Instant at) {
    }

    /** An assessment whose fingerprint differs from the supplier's latest snapshot, not yet written. */
    record Changed(long supplierId, RiskAssessment assessment, String fingerprint) {
    }

    /** @return the assessment now, whether or not it differed from the last snapshot */
    @Transactional
    public Optional<RiskAssessment> rescore(long supplierId, String reason) {
        return rescore(List.of(supplierId), reason).stream().findFirst();
    }

    /**
     * Rescores a batch of suppliers (a few hundred at most) with seven reads, and writes snapshots only for those
     * whose score or contributions changed.
     */
    @Transactional
    public List<RiskAssessment> rescore(List<Long> supplierIds, String reason) {
        Scored scored = score(supplierIds, reason);
        write(scored);
        return scored.assessments();
    }

    /** Reads and assesses a batch and compares it with the latest snapshots; writes nothing. */
    @Transactional(readOnly = true)
    Scored score(List<Long> supplierIds, String reason) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (supplierIds.isEmpty()) {
            return new Scored(List.of(), List.of(), reason, now);
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, SupplierFacts> all = facts.readAll(supplierIds, today);
        Map<Long, String> last = new HashMap<>();
        snapshots.latestFingerprints(supplierIds).forEach(f -> last.put(f.supplierId(), f.fingerprint()));
        List<RiskAssessment> assessments = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (long id : supplierIds) {
            SupplierFacts supplier = all.get(id);
            if (supplier == null) {
                continue;
            }
            RiskAssessment assessment = engine.assess(supplier, editions.current(), today);
            assessments.add(assessment);
            String fingerprint = fingerprint(assessment);
            if (!fingerprint.equals(last.get(id))) {
                changed.add(new Changed(id, assessment, fingerprint));
            }
        }
        return new Scored(assessments, changed, reason, now);
    }

    /** Writes the batch's changed assessments as snapshots, with their explanation packed. */
    @Transactional
    void write(Scored scored) {
        List<RiskSnapshot> rows = new ArrayList<>(scored.changed().size());
        ByteArrayOutputStream json = new ByteArrayOutputStream(8 * 1024);
        try (AssessmentPacking.Packer packer = new AssessmentPacking.Packer()) {
            for (Changed c : scored.changed()) {
                json.reset();
                AssessmentJson.write(c.assessment(), json);
                rows.add(new RiskSnapshot(null, c.supplierId(), score(c.assessment()), c.assessment().band().name(),
                        c.assessment().methodologyVersion(), c.fingerprint(), null, packer.pack(json.toByteArray()),
                        AssessmentPacking.CURRENT, scored.reason(), scored.at()));
            }
        }
        writer.write(rows);
    }

    private static BigDecimal score(RiskAssessment assessment) {
        return BigDecimal.valueOf(assessment.score()).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * What makes two assessments the same: score, band, floors and each contribution's rule, factor and points, and the
     * records it was read from when it names any (contributions without them hash as before, so snapshots stored
     * before records were kept match until one of theirs names a record; then the next scoring stores them).
     */
    static String fingerprint(RiskAssessment a) {
        StringBuilder s = new StringBuilder().append(a.methodologyVersion()).append('|')
                .append(twoDecimals(a.score())).append('|').append(a.band()).append('|');
        a.floors().forEach(f -> s.append(f.rule()).append(';'));
        for (Contribution c : a.contributions()) {
            s.append(c.rule()).append('~').append(c.factor()).append('~').append(c.source()).append('~')
                    .append(c.edition()).append('~').append(twoDecimals(c.points()));
            c.sourceRecords().forEach(r -> s.append('~').append(r.kind()).append(':').append(r.id()));
            s.append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code String.format("%.2f", x)} without the formatter, which was a third of a full rescoring's CPU: the same
     * text to the character (half-up on the shortest decimal form of the double, a minus kept on a negative that rounds
     * to zero), so fingerprints of stored snapshots keep matching.
     */
    static String twoDecimals(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return String.format("%.2f", x);
        }
        BigDecimal rounded = new BigDecimal(Double.toString(x)).setScale(2, RoundingMode.HALF_UP);
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        return rounded.signum() == 0 && negative ? "-" + rounded.toPlainString() : rounded.toPlainString();
    }
}
