package org.clearchain.scoring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clearchain.reference.Indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Every number the scoring engine uses, read from one versioned file in {@code schemas}
 * ({@code scoring/methodology-v1.json}) so that a change of weights is a new methodology version, not a code change
 * hidden in constants. The version is stored with every assessment.
 */
public record Methodology(String version, String description, ScoreRange score, Bands bands, Inherent inherent,
                          Evidence evidence, Agencies agencies, Declaration declaration, Floors floors) {

    public static final String V1_RESOURCE = "scoring/methodology-v1.json";

    /** Score bounds: the sum is capped at {@code max} and never below {@code min}. */
    public record ScoreRange(double min, double max) { }

    /** Lower bounds of the bands above Low. */
    public record Bands(double mediumFrom, double highFrom, double criticalFrom) {
        public Band of(double score) {
            if (score >= criticalFrom) {
                return Band.CRITICAL;
            }
            if (score >= highFrom) {
                return Band.HIGH;
            }
            return score >= mediumFrom ? Band.MEDIUM : Band.LOW;
        }

        public double lowerBound(Band band) {
            return switch (band) {
                case LOW -> 0;
                case MEDIUM -> mediumFrom;
                case HIGH -> highFrom;
                case CRITICAL -> criticalFrom;
            };
        }
    }

    public record Inherent(double cap, double countryWeight, List<Integer> sectorTierPoints, Goods goods) { }

    public record Goods(double forcedLabour, double childLabourOnly, double both) { }

    public record HalfLives(double coercion, double involuntariness) { }

    public record Evidence(double cap, Map<Indicator, Double> indicatorWeights, Map<SourceKind, Double> sourceTrust,
                           HalfLives halfLifeMonths, double dropAfterMonths, double remediationFactor) {
        public double weight(Indicator indicator) {
            return indicatorWeights.getOrDefault(indicator, 0.0);
        }

        /** Coercion is the slower-fading evidence: a threat or a debt outlives the overtime or the deception. */
        public double halfLife(Indicator indicator) {
            return indicator.isInvoluntariness() ? halfLifeMonths.involuntariness() : halfLifeMonths.coercion();
        }
    }

    public record Exposure(double highFromPercent, double high, double mediumFromPercent, double medium, double low,
                           double unknown) {
        public double of(Double sharePercent) {
            if (sharePercent == null) {
                return unknown;
            }
            if (sharePercent >= highFromPercent) {
                return high;
            }
            return sharePercent >= mediumFromPercent ? medium : low;
        }
    }

    public record OwnAssessment(double otherComplaintPoints, double otherComplaintCap, double findingPoints,
                                double findingCap, double windowMonths) { }

    public record Agencies(double cap, double propagationWeight, double agencyScoreCap,
                           Map<LicenceState, Double> licencePoints, double feeComplaintPoints, Exposure exposure,
                           double placementHalfLifeMonths, double revocationMemoryMonths,
                           OwnAssessment ownAssessment) {
        /** A revocation weighs as REVOKED for this many months, whatever licence the agency holds or applies for since. */
        public boolean remembers(java.time.LocalDate revokedOn, java.time.LocalDate asOf) {
            return revokedOn != null && MonthsElapsed.between(revokedOn, asOf) <= revocationMemoryMonths;
        }
    }

    public record Declaration(double positiveCap, double negativeCap, double noEmployerPaysPolicy,
                              double recruitersForMigrantWorkers, double migrantShareAbovePercent, double migrantShare,
                              double seasonalOrPieceRate, Map<GoodPractice, Double> goodPractice, double overdue,
                              double missing, boolean goodPracticeMayOffsetInherentRisk) { }

    public record Floors(List<SourceKind> trustedSources, List<SourceKind> verifiedSources, double r1WindowMonths,
                         double r3WindowMonths, List<Indicator> r3Indicators, List<LicenceState> r4LicenceStates,
                         double r4CurrentPlacementMonths, boolean r4UnknownPlacementIsCurrent, double r5WindowMonths,
                         Map<String, Band> bands) {
        public Band band(String rule) {
            return bands.get(rule);
        }
    }

    public static Methodology load(InputStream json) {
        try {
            Methodology methodology = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(json, Methodology.class);
            methodology.checkComplete();
            return methodology;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scoring methodology", e);
        }
    }

    /** The bundled version 1, read once. */
    public static Methodology v1() {
        return V1.INSTANCE;
    }

    private static final class V1 {
        private static final Methodology INSTANCE = loadResource(V1_RESOURCE);
    }

    static Methodology loadResource(String resource) {
        try (InputStream in = Methodology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Scoring methodology missing from the classpath: " + resource);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A missing weight would silently score 0, so a methodology must name every indicator, source and state. */
    private void checkComplete() {
        requireAll("evidence.indicatorWeights", evidence.indicatorWeights().keySet(), List.of(Indicator.values()));
        requireAll("evidence.sourceTrust", evidence.sourceTrust().keySet(), List.of(SourceKind.values()));
        requireAll("agencies.licencePoints", agencies.licencePoints().keySet(), List.of(LicenceState.values()));
        requireAll("declaration.goodPractice", declaration.goodPractice().keySet(), List.of(GoodPractice.values()));
        requireAll("floors.bands", floors.bands().keySet(), List.of("R1", "R2", "R3", "R4", "R5"));
    }

    private static <T> void requireAll(String field, java.util.Set<T> present, List<T> expected) {
        List<T> missing = expected.stream().filter(e -> !present.contains(e)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Methodology " + field + " lacks " + missing);
        }
    }
}
