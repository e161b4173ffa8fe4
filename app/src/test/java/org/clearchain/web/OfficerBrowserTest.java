package org.clearchain.web;

import org.clearchain.testing.BrowserTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A licensing officer's round in Chromium: dashboard, the agency list, one agency, the complaints queue. */
class OfficerBrowserTest extends BrowserTest {

    private static final String NAME = "Agence Générale du Navigateur";

    private String token;
    private long agency;
    private String licence;

    @BeforeAll
    void anAgencyWithALicenceAndAComplaint() {
        token = api.login("licensing");
        RegisterFixture register = new RegisterFixture(api, token);
        agency = register.agency(NAME);
        licence = register.activeLicenceFor(agency);
    }

    private long complaint(String description) {
        return api.post("/api/complaints", token, Map.of("agencyId", agency, "category", "DOCUMENT_RETENTION",
                "description", description)).number("id");
    }

    @Test
    void anOfficerFindsAnAgencyReadsItsRiskAndMovesAComplaint() {
        long filed = complaint("The agency kept our passports at the border");
        signIn("licensing", "demo-licensing");
        waitUntil(ExpectedConditions.urlMatches(".*/officer$"));
        assertEquals("Your register", heading());
        find(By.id("expiring-30"));
        assertAccessible();
        screenshot("officer-dashboard");

        find(By.linkText("Agencies")).click();
        waitUntil(ExpectedConditions.urlContains("/officer/agencies"));
        fill("Search by name", "agence generale du navigateur");
        press("Search");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("agency-count"), "1 agency"));
        assertTrue(find(By.id("agencies")).getText().contains(licence));
        assertAccessible();
        screenshot("officer-agencies");

        find(By.linkText(NAME)).click();
        waitUntil(ExpectedConditions.urlContains("/officer/agencies/" + agency));
        assertEquals(NAME, heading());
        assertTrue(find(By.id("licences")).getText().contains(licence));
        assertTrue(find(By.id("risk-explanation")).findElements(By.cssSelector("tbody tr")).size() > 0,
                "the risk is explained line by line");
        assertTrue(find(By.id("risk-score")).getText().contains("out of 100"));
        assertAccessible();
        screenshot("officer-agency");

        find(By.linkText("Complaints")).click();
        waitUntil(ExpectedConditions.urlContains("/officer/complaints"));
        find(By.linkText("Received")).click();
        waitUntil(ExpectedConditions.urlContains("status=RECEIVED"));
        assertAccessible();
        find(By.cssSelector("#complaint-" + filed + " button")).click();
        assertTrue(find(By.id("moved")).getText().contains("Investigating"), "the queue says what was done");
        assertEquals("INVESTIGATING", api.get("/api/complaints/" + filed, token).text("status"));
        assertFalse(browser.findElements(By.id("complaint-" + filed)).stream().findAny().isPresent(),
                "it left the queue of received complaints");
        assertAccessible();
    }

    @Test
    void aMoveMadeMeanwhileByAColleagueIsExplainedOnThePage() {
        long filed = complaint("Wages held back for the recruitment fee");
        signIn("licensing", "demo-licensing");
        open("/officer/complaints?status=RECEIVED");
        find(By.id("complaint-" + filed));
        assertEquals(200, api.post("/api/complaints/" + filed + "/investigate", token, Map.of()).status());
        find(By.cssSelector("#complaint-" + filed + " button")).click();
        String summary = find(By.className("govuk-error-summary")).getText();
        assertTrue(summary.contains("is Investigating now") && summary.contains("Substantiate"), summary);
        assertTrue(browser.getTitle().startsWith("Error:"), browser.getTitle());
        assertAccessible();
    }
}
