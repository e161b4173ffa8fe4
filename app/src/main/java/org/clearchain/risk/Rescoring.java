package org.clearchain.risk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.scoring.Contribution;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores suppliers from their current facts and keeps a snapshot when the score or its contributions changed.
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
    private final JdbcOperations jdbc;
    private final Clock clock;

    Rescoring(RiskFactsReader facts, RiskSnapshotRepository snapshots, ReferenceEditions editions, JsonMapper json,
              JdbcOperations jdbc, Clock clock) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.editions = editions;
        this.engine = ScoringEngine.v1();
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
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
        if (supplierIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, SupplierFacts> all = facts.readAll(supplierIds, today);
        Map<Long, String> last = new HashMap<>();
        snapshots.latestFingerprints(supplierIds).forEach(f -> last.put(f.supplierId(), f.fingerprint()));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<RiskAssessment> assessments = new ArrayList<>();
        List<RiskSnapshot> changed = new ArrayList<>();
        for (long id : supplierIds) {
            SupplierFacts supplier = all.get(id);
            if (supplier == null) {
                continue;
            }
            RiskAssessment assessment = engine.assess(supplier, editions.current(), today);
            assessments.add(assessment);
            String fingerprint = fingerprint(assessment);
            if (!fingerprint.equals(last.get(id))) {
                changed.add(new RiskSnapshot(null, id, score(assessment), assessment.band().name(),
                        assessment.methodologyVersion(), fingerprint, text(assessment), reason, now));
            }
        }
        if (!changed.isEmpty()) {
            snapshots.saveAll(changed);
            keepLatest(changed);
        }
        return assessments;
    }

    /** The latest score beside each supplier, for lists sorted by risk: one batched statement. */
    private void keepLatest(List<RiskSnapshot> changed) {
        jdbc.prepareStatement("UPDATE supplier SET risk_score = ?, risk_band = ? WHERE id = ?", statement -> {
            for (RiskSnapshot s : changed) {
                statement.setBigDecimal(1, s.score());
                statement.setString(2, s.band());
                statement.setLong(3, s.supplierId());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    private static BigDecimal score(RiskAssessment assessment) {
        return BigDecimal.valueOf(assessment.score()).setScale(2, RoundingMode.HALF_UP);
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
