package org.clearchain.web;

import org.clearchain.testing.BrowserTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person files a complaint in a real browser, anonymously, and follows it with the code shown; also by keyboard only. */
class ComplaintPagesBrowserTest extends BrowserTest {

    private static final String CODE = "CMP-[0-9A-Z]{4}-[0-9A-Z]{4}";

    private String licenceNumber;

    @BeforeAll
    void licensedAgency() {
        RegisterFixture register = new RegisterFixture(api, api.login("licensing"));
        licenceNumber = register.activeLicenceFor(register.agency("Harbour Crew Recruitment Ltd"));
    }

    @Test
    void aWorkerFilesAnAnonymousComplaintAndFollowsItWithTheCodeShown() {
        open("/");
        find(By.linkText("Report a recruiter")).click();
        waitUntil(ExpectedConditions.urlContains("/complaints/new"));
        assertEquals("Report a recruiter", heading());
        assertAccessible();
        screenshot("complaint-form");

        find(By.id("description")).sendKeys("They took my passport at the airport.");
        press("Send complaint");
        find(By.className("govuk-error-summary"));
        assertTrue(browser.getTitle().startsWith("Error:"), browser.getTitle());
        assertEquals("They took my passport at the airport.", find(By.id("description")).getAttribute("value"), "kept");
        assertAccessible();
        find(By.cssSelector(".govuk-error-summary a[href='#against']")).click();
        assertEquals("against", browser.switchTo().activeElement().getAttribute("id"), "the summary leads to the field");

        find(By.cssSelector("label[for='against-unregistered']")).click();
        fill("Name of the recruiter or company", "Airport Jobs Agency");
        new Select(find(By.id("recruiterCountry"))).selectByVisibleText("Qatar");
        find(By.cssSelector("label[for='category-DOCUMENT_RETENTION']")).click();
        find(By.cssSelector("label[for='identity']")).click();
        press("Send complaint");

        assertEquals("Complaint sent", heading());
        String code = find(By.id("tracking-code")).getText();
        assertTrue(code.matches(CODE), code);
        assertAccessible();
        screenshot("complaint-filed");
        assertEquals(1, count("SELECT COUNT(*) FROM complaint WHERE tracking_code = '" + code + "' AND contact IS NULL"));

        find(By.linkText("Follow a complaint with its tracking code")).click();
        assertEquals("Follow your complaint", heading());
        assertAccessible();
        fill("Tracking code", "CMP-2222-2222");
        press("Find my complaint");
        assertTrue(find(By.className("govuk-error-summary")).getText().contains("No complaint has this tracking code"));
        assertAccessible();

        fill("Tracking code", code);
        press("Find my complaint");
        assertEquals("Your complaint", heading());
        assertEquals("Received", find(By.id("complaint-status")).getText());
        assertTrue(find(By.id("complaint-history")).getText().contains("Your complaint was received"));
        assertFalse(find(By.tagName("main")).getText().contains("passport"), "what was written is not shown");
        assertAccessible();
        screenshot("complaint-track");
    }

    @Test
    void theComplaintFormWorksWithTheKeyboardAlone() {
        open("/complaints/new");
        List<String> path = new ArrayList<>();
        tabTo("against", path);
        space();
        assertTrue(browser.findElement(By.id("against")).isSelected(), "Space chooses the radio");
        tabTo("licenceNumber", path);
        type(licenceNumber);
        tabTo("category", path);
        space();
        tabTo("description", path);
        type("They charged me 1,200 dollars for the visa.");
        tabTo("identity", path);
        space();
        WebElement submit = browser.findElement(By.cssSelector("form[action='/complaints/new'] button[type=submit]"));
        for (int i = 0; i < 20 && !submit.equals(browser.switchTo().activeElement()); i++) {
            tab();
        }
        assertEquals(submit, browser.switchTo().activeElement(), "the button is reached with Tab");
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        assertEquals("Complaint sent", heading());
        String code = find(By.id("tracking-code")).getText();
        assertTrue(code.matches(CODE), code);
        assertEquals(1, count("SELECT COUNT(*) FROM complaint c JOIN licence l ON l.agency_id = c.agency_id"
                + " WHERE c.tracking_code = '" + code + "' AND l.number = '" + licenceNumber + "' AND c.contact IS NULL"
                + " AND c.category = 'RECRUITMENT_FEES'"));
        assertAccessible();
    }

    /** Presses Tab until the field {@code id} has the focus; fails if it is never reached. */
    private void tabTo(String id, List<String> path) {
        for (int i = 0; i < 60; i++) {
            tab();
            String focused = browser.switchTo().activeElement().getAttribute("id");
            path.add(focused);
            if (id.equals(focused)) {
                return;
            }
        }
        throw new AssertionError(id + " is never reached with Tab; the focus went through " + path);
    }

    private void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }

    private void space() {
        new Actions(browser).sendKeys(Keys.SPACE).perform();
    }

    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }
}
