package org.clearchain.web;

import org.clearchain.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18's licensing officer in a real browser: register an agency, file a licence, approve, suspend with a reason
 * and revoke it, the public verification changing after each move.
 */
class LicenceLifecycleBrowserTest extends BrowserTest {

    @Test
    void anOfficerRegistersAnAgencyFilesALicenceAndTakesItThroughItsLifecycle() {
        signIn("licensing", "demo-licensing");
        find(By.linkText("Register an agency")).click();
        waitUntil(ExpectedConditions.urlContains("/officer/agencies/new"));
        assertEquals("Register an agency", heading());
        assertAccessible();

        press("Register the agency");
        find(By.className("govuk-error-summary"));
        assertTrue(browser.getTitle().startsWith("Error:"), browser.getTitle());
        assertAccessible();
        find(By.cssSelector(".govuk-error-summary a[href='#legalName']")).click();
        assertEquals("legalName", browser.switchTo().activeElement().getAttribute("id"), "the summary leads to the field");

        fill("Legal name", "Agence Générale de Placement Łódź");
        fill("Registration number", "PL-KRS-0000123");
        new Select(fieldLabelled("Country of registration")).selectByValue("PL");
        fill("Contact email address (optional)", "biuro@example.org");
        fill("Sector 1", "7810");
        new Select(fieldLabelled("Corridor 1: recruited in")).selectByValue("UA");
        new Select(fieldLabelled("Corridor 1: working in")).selectByValue("PL");
        top();
        screenshot("officer-register-agency");
        press("Register the agency");
        waitUntil(ExpectedConditions.urlMatches("/officer/agencies/\\d+$"));
        Matcher agency = Pattern.compile("/officer/agencies/(\\d+)$").matcher(browser.getCurrentUrl());
        assertTrue(agency.find(), browser.getCurrentUrl());

        // the agency's own page is another part of the console; its link to file a licence leads here
        open("/officer/agencies/" + agency.group(1) + "/licences/new");
        assertEquals("File a licence application", heading());
        assertAccessible();
        LocalDate today = LocalDate.now(clock);
        fill("Scope", "Recruitment of seasonal workers for agriculture");
        fill("Valid from", today.toString());
        fill("Valid until", "next year");
        press("File the application");
        find(By.className("govuk-error-summary"));
        assertAccessible();
        fill("Valid until", today.plusYears(2).toString());
        press("File the application");
        waitUntil(ExpectedConditions.urlMatches("/officer/licences/CC-\\d{4}-\\d{6}$"));
        String number = find(By.id("licence-number")).getText();
        assertEquals("Pending", find(By.id("licence-status")).getText());
        assertEquals("PENDING", publicStatus(number));
        assertAccessible();

        press("Approve the licence");
        waitUntil(ExpectedConditions.textToBe(By.id("licence-status"), "Active"));
        assertEquals("ACTIVE", publicStatus(number));
        assertFalse(browser.findElements(By.xpath("//button[normalize-space()='Approve the licence']")).size() > 0,
                "approving is no longer offered");

        press("Suspend the licence");
        find(By.className("govuk-error-summary"));
        assertTrue(find(By.id("reason-suspend-error")).getText().contains("Enter the reason"));
        assertAccessible();
        fill("Why is the licence suspended?", "Recruitment fees charged to workers");
        press("Suspend the licence");
        waitUntil(ExpectedConditions.textToBe(By.id("licence-status"), "Suspended"));
        assertEquals("SUSPENDED", publicStatus(number));
        assertTrue(find(By.id("history")).isDisplayed());
        assertTrue(find(By.tagName("table")).getText().contains("Recruitment fees charged to workers"));
        top();
        screenshot("officer-licence");
        assertAccessible();

        fill("Why is the licence revoked?", "Fees not repaid within the time given");
        press("Revoke the licence");
        waitUntil(ExpectedConditions.textToBe(By.id("licence-status"), "Revoked"));
        assertEquals("REVOKED", publicStatus(number));
        assertTrue(find(By.tagName("main")).getText().contains("that is final"));
        assertAccessible();

        // and the public sees it: the verification page of the number says NOT VALID, because it was revoked
        browser.get(url("/verify/" + number));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(driver -> {
            if (!driver.findElement(By.id("verdict")).getText().contains("NOT VALID")) {
                driver.navigate().refresh();
                return false;
            }
            return true;
        });
        assertTrue(find(By.id("verdict")).getText().toLowerCase(java.util.Locale.ROOT).contains("revoked"),
                find(By.id("verdict")).getText());
        assertAccessible();
    }

    private void top() {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    }

    /** What the public verification says of the licence now (the public page shows the same answer). */
    private String publicStatus(String number) {
        var answer = api.get("/api/public/licences/" + number, null);
        assertEquals(200, answer.status(), answer.toString());
        return answer.text("status");
    }
}
