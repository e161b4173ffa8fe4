package org.clearchain;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The floors of the house (docs/architecture.md): each feature's allowed dependencies, written down once. An import
 * that runs back up a floor, or a new package with no line here, fails the build.
 */
@AnalyzeClasses(packages = "org.clearchain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Feature → the features it may use. Read from the bottom up: nothing uses a feature listed above it. */
    private static final Map<String, String[]> FLOORS = new LinkedHashMap<>();

    static {
        // the ground: no dependency of ours
        FLOORS.put("common", new String[]{});
        FLOORS.put("embedded", new String[]{});
        FLOORS.put("integrations", new String[]{});
        FLOORS.put("bench", new String[]{});
        // which instance does the work that runs once per cluster (leases in the database)
        FLOORS.put("cluster", new String[]{"common"});
        // who acts, and the record of what they did
        FLOORS.put("security", new String[]{"common", "cluster"});
        FLOORS.put("audit", new String[]{"common", "security"});
        // feed jobs, uploads and the catalogue; each feature above registers its own feeds here
        FLOORS.put("feed", new String[]{"common", "cluster", "security", "integrations"});
        // reference data and vocabulary: countries, ISIC, ILO indicators, complaint categories, editions
        FLOORS.put("reference", new String[]{"common", "security", "audit", "integrations", "feed"});
        FLOORS.put("account", new String[]{"common", "security", "audit", "reference"});
        // the register
        FLOORS.put("agency", new String[]{"common", "security", "audit", "reference"});
        FLOORS.put("licence", new String[]{"common", "cluster", "security", "audit", "reference", "integrations", "feed",
                "agency"});
        // recruiters named but not registered, gathered beside the register and linked to it
        FLOORS.put("recruiter", new String[]{"common", "integrations", "security", "audit", "reference", "agency"});
        // what the register is used by
        FLOORS.put("complaint", new String[]{"common", "security", "audit", "reference", "agency", "licence", "recruiter"});
        FLOORS.put("supplier", new String[]{"common", "cluster", "security", "audit", "reference", "integrations", "feed", "agency",
                "licence", "recruiter"});
        FLOORS.put("declaration", new String[]{"common", "security", "audit", "reference", "licence", "recruiter",
                "supplier"});
        // a supplier's people invited into its own organisation
        FLOORS.put("onboarding", new String[]{"common", "security", "audit", "account", "supplier"});
        FLOORS.put("inspection", new String[]{"common", "security", "audit", "reference", "integrations", "feed",
                "agency", "licence", "supplier"});
        // the engine: plain Java over the vocabulary
        FLOORS.put("scoring", new String[]{"reference"});
        FLOORS.put("screening", new String[]{"common", "security", "audit", "reference", "integrations", "feed",
                "agency", "recruiter", "supplier"});
        FLOORS.put("risk", new String[]{"common", "cluster", "integrations", "security", "reference", "agency", "licence", "complaint", "supplier",
                "declaration", "inspection", "scoring", "screening"});
        // the top floor: what people read
        FLOORS.put("stats", new String[]{"common", "security", "inspection"});
        FLOORS.put("report", new String[]{"common", "security", "reference", "agency", "licence", "complaint",
                "supplier", "declaration", "inspection", "scoring", "risk", "screening"});
        FLOORS.put("demo", new String[]{"security", "account", "agency", "licence", "supplier", "declaration"});
        // the web console: pages over the features' services, never their tables
        FLOORS.put("web", new String[]{"common", "security", "audit", "feed", "reference", "account", "agency", "licence",
                "recruiter", "complaint", "supplier", "declaration", "onboarding", "inspection", "scoring", "screening",
                "risk", "stats", "report"});
    }

    @ArchTest
    static final ArchRule noFeaturesImportEachOtherInACircle = slices().matching("org.clearchain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule eachFeatureUsesOnlyTheFloorsBelowIt = floors();

    @ArchTest
    static final ArchRule theScoringEngineIsPlainJava = noClasses().that().resideInAPackage("org.clearchain.scoring..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..", "java.sql..", "javax.sql..")
            .because("the engine is unit-tested and benchmarked alone (DESIGN.md, Scoring)");

    @ArchTest
    static final ArchRule noControllerWritesSql = noClasses().that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.micronaut.data.jdbc.runtime..")
            .because("a controller calls its feature's service or repository, never the database");

    private static ArchRule floors() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("boot").definedBy("org.clearchain");
        for (String feature : FLOORS.keySet()) {
            layers = layers.layer(feature).definedBy("org.clearchain." + feature + "..");
        }
        layers = layers.whereLayer("boot").mayOnlyAccessLayers("embedded");
        for (Map.Entry<String, String[]> feature : FLOORS.entrySet()) {
            layers = feature.getValue().length == 0
                    ? layers.whereLayer(feature.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(feature.getKey()).mayOnlyAccessLayers(feature.getValue());
        }
        return layers;
    }
}
