package org.clearchain.web;

import org.clearchain.testing.BrowserTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person verifies a licence and finds an agency by a name typed without accents, in a real browser. */
class PublicPagesBrowserTest extends BrowserTest {

    private String number;
    private String suspended;

    @BeforeAll
    void data() {
        RegisterFixture register = new RegisterFixture(api, api.login("licensing"));
        long agency = register.agency("Agence Générale des Saisonniers Ångström");
        number = register.activeLicenceFor(agency);
        suspended = register.activeLicenceFor(agency);
        register.move(suspended, "suspend", Map.of("reason", "inspection found confiscated passports"));
    }

    @Test
    void aWorkerTypesALicenceNumberAndReadsValid() {
        open("/");
        find(By.linkText("Verify a licence")).click();
        waitUntil(ExpectedConditions.titleContains("Verify a licence"));
        assertAccessible();

        fill("Licence number", "cc 2026 <1>");
        press("Verify");
        find(By.className("govuk-error-summary"));
        assertTrue(browser.getTitle().startsWith("Error:"), browser.getTitle());
        assertAccessible();

        fill("Licence number", " " + number.toLowerCase() + " ");
        press("Verify");
        waitUntil(ExpectedConditions.urlContains("/verify/" + number));
        assertEquals(number, heading());
        assertEquals("VALID", find(By.id("verdict-word")).getText());
        assertAccessible();
        fitsAPhone();
        screenshot("verify");

        open("/verify/" + suspended);
        assertEquals("NOT VALID", find(By.id("verdict-word")).getText());
        assertTrue(find(By.id("verdict-reason")).getText().contains("suspended on"));
        assertAccessible();

        open("/verify/CC-1900-000001");
        assertEquals("No licence with this number", heading());
        assertAccessible();

        find(By.linkText("Français")).click();
        waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Aucune licence sous ce numéro"));
        assertAccessible();
    }

    @Test
    void aWorkerFindsAnAgencyByANameTypedWithoutAccentsAndOpensItsPage() {
        open("/register");
        assertAccessible();
        fill("Country", "France");
        press("Search");
        find(By.className("govuk-error-summary"));
        assertAccessible();

        fill("Agency name", "agence generale des saisonniers angstrom");
        fill("Country", "fr");
        press("Search");
        waitUntil(ExpectedConditions.textToBe(By.id("results-count"), "1 agency found"));
        assertAccessible();
        fitsAPhone();
        screenshot("register");

        find(By.linkText("Agence Générale des Saisonniers Ångström")).click();
        waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Agence Générale des Saisonniers Ångström"));
        assertTrue(find(By.id("licence-" + number)).getText().contains("Licence granted"));
        assertTrue(find(By.id("licence-" + suspended)).getText().contains("Suspended"));
        assertAccessible();
        fitsAPhone();
        screenshot("agency-public");

        find(By.linkText(number)).click();
        waitUntil(ExpectedConditions.textToBe(By.id("verdict-word"), "VALID"));
    }

    /** At 390 px nothing sticks out sideways: the page reads without scrolling left and right. */
    private void fitsAPhone() {
        browser.manage().window().setSize(PHONE);
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), browser.getCurrentUrl() + " is wider than a phone");
        browser.manage().window().setSize(DESKTOP);
    }
}
