package org.clearchain.risk;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.scoring.Contribution;
import org.clearchain.scoring.ReferenceData;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.scoring.ScoringEngine;
import org.clearchain.scoring.SupplierFacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Scores a supplier from its current facts and keeps a snapshot when the score or its contributions changed.
 * Runs inside the caller's transaction when there is one, so a licence revocation and the rescoring of every
 * supplier using the agency commit together.
 */
@Singleton
public class Rescoring {

    private final RiskFactsReader facts;
    private final RiskSnapshotRepository snapshots;
    private final ReferenceEditions editions;
    private final ScoringEngine engine;
    private final JsonMapper json;
    private final Clock clock;

    Rescoring(RiskFactsReader facts, RiskSnapshotRepository snapshots, ReferenceEditions editions, JsonMapper json, Clock clock) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.editions = editions;
        this.engine = ScoringEngine.v1();
        this.json = json;
        this.clock = clock;
    }

    /** @return the assessment now, whether or not it differed from the last snapshot */
    @Transactional
    public Optional<RiskAssessment> rescore(long supplierId, String reason) {
        LocalDate today = LocalDate.now(clock);
        Optional<SupplierFacts> supplier = facts.read(supplierId, today);
        if (supplier.isEmpty()) {
            return Optional.empty();
        }
        RiskAssessment assessment = engine.assess(supplier.get(), editions.current(), today);
        keepIfChanged(supplierId, assessment, reason);
        return Optional.of(assessment);
    }

    RiskAssessment assess(SupplierFacts supplier, ReferenceData reference, LocalDate asOf) {
        return engine.assess(supplier, reference, asOf);
    }

    private void keepIfChanged(long supplierId, RiskAssessment assessment, String reason) {
        String fingerprint = fingerprint(assessment);
        boolean unchanged = snapshots.findFirstBySupplierIdOrderByIdDesc(supplierId)
                .map(last -> last.fingerprint().equals(fingerprint)).orElse(false);
        if (unchanged) {
            return;
        }
        BigDecimal score = BigDecimal.valueOf(assessment.score()).setScale(2, RoundingMode.HALF_UP);
        snapshots.save(new RiskSnapshot(null, supplierId, score, assessment.band().name(), assessment.methodologyVersion(),
                fingerprint, text(assessment), reason, Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        snapshots.keepLatest(supplierId, score, assessment.band().name());
    }

    /** What makes two assessments the same: score, band, floors and each contribution's rule, factor and points. */
    static String fingerprint(RiskAssessment a) {
        StringBuilder s = new StringBuilder().append(a.methodologyVersion()).append('|')
                .append(String.format("%.2f", a.score())).append('|').append(a.band()).append('|');
        a.floors().forEach(f -> s.append(f.rule()).append(';'));
        for (Contribution c : a.contributions()) {
            s.append(c.rule()).append('~').append(c.factor()).append('~').append(c.source()).append('~')
                    .append(c.edition()).append('~').append(String.format("%.2f", c.points())).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(RiskAssessment assessment) {
        try {
            return json.writeValueAsString(assessment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
