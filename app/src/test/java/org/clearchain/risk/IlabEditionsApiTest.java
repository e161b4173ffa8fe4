package org.clearchain.risk;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import org.clearchain.report.Pdfs;
import org.clearchain.scoring.Contribution;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.scoring.ScoringEngine;
import org.clearchain.scoring.StarterReferenceData;
import org.clearchain.scoring.SupplierFacts;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A fresh database starts with the ILAB editions Clearchain ships, loaded through the feeds, and every supplier is
 * scored with them: the goods part fires on real data, the country part says it is a proxy, and only suppliers in a
 * country ILAB does not assess stay low confidence. Ordered only so that the first test sees the demo data alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IlabEditionsApiTest extends ApiTest {

    private static final String COUNTRY_EDITION = "ILAB child-labour governance assessment 2022";
    private static final String GOODS_EDITION = "US DOL ILAB List of Goods 2022 (Child-Labor data of 2023-08-23), imported ";

    private String auditor;

    @BeforeAll
    void logIn() {
        auditor = api.login("auditor.a");
    }

    @Test
    void aFreshDatabaseLoadsBothIlabEditionsThroughTheFeedsNamedWithTheirSourceAndDate() {
        Api.Response list = api.get("/api/reference-editions", auditor);

        assertEquals(200, list.status(), list::toString);
        JsonNode country = edition(list.body(), "country-risk");
        assertEquals(COUNTRY_EDITION, country.get("edition").getStringValue());
        assertEquals("US DOL ILAB, Findings on the Worst Forms of Child Labor", country.get("source").getStringValue());
        assertTrue(country.get("proxy").getBooleanValue());
        assertEquals(143, country.get("rowCount").getLongValue());
        JsonNode goods = edition(list.body(), "goods-list");
        assertTrue(goods.get("edition").getStringValue().startsWith(GOODS_EDITION), goods::toString);
        assertFalse(goods.get("proxy").getBooleanValue());
        assertEquals(457, goods.get("rowCount").getLongValue(), "467 entries, 10 derived labour exploitation only");
        assertEquals(2, count("SELECT COUNT(*) FROM import_job WHERE source = 'BUNDLED' AND status = 'SUCCEEDED'"));
        assertEquals(2, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'reference.edition.loaded'"));
    }

    @Test
    void aGarmentMakerInBangladeshGetsTheGoodsPointsAndTheCountryByProxy() {
        long id = supplier("Dhaka Apparel Works Ltd", "BD", List.of("1410"), List.of("Ready-made garments"));

        JsonNode risk = api.get("/api/suppliers/" + id + "/risk", auditor).body();

        JsonNode goods = contribution(risk, "I.goods");
        assertEquals(13.0, goods.get("points").getDoubleValue(), 1e-9, "garments from BD: child and forced labour " + goods);
        JsonNode country = contribution(risk, "I.country");
        assertEquals(9.9, country.get("points").getDoubleValue(), 1e-9, "15 × 0.66 (Minimal Advancement)");
        assertEquals("country risk of BD by proxy (Minimal Advancement)", country.get("factor").getStringValue());
        assertEquals(COUNTRY_EDITION, country.get("edition").getStringValue());
        assertEquals(List.of(), strings(risk.get("lowConfidenceReasons")), risk::toString);
    }

    /** First, so that the suppliers are the demo data's alone. */
    @Test
    @Order(1)
    void afterLoadingOnlyDemoSuppliersInACountryIlabDoesNotAssessAreLowConfidence() {
        List<Long> demo = new ArrayList<>();
        api.get("/api/suppliers?size=200", auditor).body().get("items").values()
                .forEach(s -> demo.add(s.get("id").getLongValue()));
        assertFalse(demo.isEmpty());
        for (long id : demo) {
            await("demo supplier " + id + " rescored with the ILAB editions").atMost(Duration.ofSeconds(30))
                    .until(() -> api.get("/api/suppliers/" + id + "/risk", auditor).raw().contains(COUNTRY_EDITION));
        }

        var context = server.getApplicationContext();
        LocalDate today = LocalDate.now(clock);
        TransactionOperations<?> tx = context.getBean(TransactionOperations.class);
        RiskFactsReader reader = context.getBean(RiskFactsReader.class);
        Map<Long, SupplierFacts> read = tx.executeRead(status -> reader.readAll(demo, today));
        Collection<SupplierFacts> facts = read.values();
        ScoringEngine engine = ScoringEngine.v1();
        List<RiskAssessment> now = facts.stream().map(f -> engine.assess(f, context.getBean(ReferenceEditions.class).current(), today)).toList();
        List<RiskAssessment> starter = facts.stream().map(f -> engine.assess(f, StarterReferenceData.starter(), today)).toList();

        double share = lowConfidenceShare(now);
        double unassessed = now.stream().filter(IlabEditionsApiTest::countryUnassessed).count() / (double) now.size();
        double baseline = lowConfidenceShare(starter);
        System.out.printf("BENCH low-confidence-share-demo value=%.2f unit=share baseline=%.2f ratio=%.2f goal=<=%.2f %s"
                        + " (%d demo suppliers; baseline: the retired starter editions; goal: the share with no assessed country)%n",
                share, baseline, share / baseline, unassessed, share <= unassessed ? "PASS" : "FAIL", now.size());
        assertEquals(1.0, baseline, 1e-9, "the starter editions left every score low confidence");
        assertEquals(unassessed, share, 1e-9, "low confidence is left to suppliers with no assessed country");
        for (RiskAssessment a : now) {
            assertEquals(countryUnassessed(a), a.lowConfidence(), a.lowConfidenceReasons()::toString);
        }
    }

    @Test
    void theDossierNamesTheEditionAndThatItIsAProxyInEnglishAndFrench() {
        long id = supplier("Chennai Garments Pvt Ltd", "IN", List.of("1410"), List.of("garments"));

        String english = pdf("/api/suppliers/" + id + "/report.pdf?lang=en");
        String french = pdf("/api/suppliers/" + id + "/report.pdf?lang=fr");

        assertTrue(english.contains("Reference editions Country risk: " + COUNTRY_EDITION), english);
        assertTrue(english.contains("a proxy: it assesses a government’s efforts against the worst forms of child labour,"
                + " not how common forced labour is"), english);
        assertTrue(english.contains("by proxy"), english);
        assertTrue(french.contains("Éditions de référence Risque pays : " + COUNTRY_EDITION), french);
        assertTrue(french.contains("indicateur indirect : il évalue les efforts d’un gouvernement contre les pires formes"
                + " de travail des enfants, non la fréquence du travail forcé"), french);
        assertTrue(french.contains("Liste des biens : " + GOODS_EDITION), french);
    }

    private String pdf(String path) {
        Api.Download pdf = api.download(path, auditor);
        assertEquals(200, pdf.status(), pdf::toString);
        return Pdfs.text(pdf.bytes()).replaceAll("\\s+", " ");
    }

    private static boolean countryUnassessed(RiskAssessment a) {
        return a.contributions("I.country").stream().map(Contribution::factor).anyMatch(f -> f.startsWith("no figure"));
    }

    private static double lowConfidenceShare(List<RiskAssessment> assessments) {
        return assessments.stream().filter(RiskAssessment::lowConfidence).count() / (double) assessments.size();
    }

    private long supplier(String name, String country, List<String> sectors, List<String> goods) {
        Api.Response r = api.post("/api/suppliers", auditor, Map.of("name", name, "country", country, "sectors", sectors,
                "goods", goods));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("supplier").get("id").getLongValue();
    }

    private static JsonNode edition(JsonNode editions, String dataset) {
        for (JsonNode e : editions.values()) {
            if (e.get("dataset").getStringValue().equals(dataset)) {
                return e;
            }
        }
        return fail("no " + dataset + " edition in " + editions);
    }

    private static JsonNode contribution(JsonNode assessment, String rule) {
        for (JsonNode c : assessment.get("contributions").values()) {
            if (c.get("rule").getStringValue().equals(rule)) {
                return c;
            }
        }
        return fail("no " + rule + " contribution in " + assessment);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.getStringValue()));
        return values;
    }
}
