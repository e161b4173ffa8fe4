package org.clearchain.web;

import org.clearchain.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's frame in a real browser: front page, language switch, sign in and out, errors, accessibility. */
class ConsoleFoundationBrowserTest extends BrowserTest {

    @Test
    void aVisitorReadsTheFrontPageInEitherLanguage() {
        open("/");
        assertEquals("Clearchain", heading());
        assertAccessible();
        screenshot("home");
        find(By.linkText("Français")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Vérifier une licence"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        open("/sign-in");
        assertTrue(find(By.tagName("main")).getText().contains("Nom d’utilisateur"), "the choice is remembered");
        assertAccessible();
    }

    @Test
    void anOfficerSignsInAfterAMistakeAndSignsOut() {
        open("/account");
        assertTrue(browser.getCurrentUrl().contains("/sign-in?next="), browser.getCurrentUrl());
        fill("Username", "licensing");
        fill("Password", "wrong");
        press("Sign in");
        find(By.className("govuk-error-summary"));
        assertTrue(browser.getTitle().startsWith("Error:"), browser.getTitle());
        assertAccessible();
        find(By.cssSelector(".govuk-error-summary a[href='#username']")).click();
        assertEquals("username", browser.switchTo().activeElement().getAttribute("id"), "the summary leads to the field");

        fill("Password", "demo-licensing");
        press("Sign in");
        waitUntil(ExpectedConditions.urlContains("/account"));
        assertEquals("licensing", find(By.id("account-username")).getText());
        assertAccessible();

        press("Sign out (licensing)");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.linkText("Sign in")));
        open("/account");
        assertTrue(browser.getCurrentUrl().contains("/sign-in"), "signed out");
    }

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboard() {
        open("/");
        find(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("govuk-skip-link", browser.switchTo().activeElement().getAttribute("class"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(ExpectedConditions.urlContains("#main-content"));
    }

    @Test
    void anUnknownPageSaysSoInThePage() {
        browser.get(url("/no-such-page"));
        assertEquals("Page not found", heading());
        assertAccessible();
    }
}
