package org.clearchain.web;

import org.clearchain.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: a licensing officer uploads a register file with a bad row and reads its line number on screen. */
class FeedPagesBrowserTest extends BrowserTest {

    @Test
    void anOfficerUploadsARegisterAndReadsTheBadRowsLineNumber() throws IOException {
        signIn("licensing", "demo-licensing");
        find(By.linkText("Register feeds")).click();
        waitUntil(ExpectedConditions.urlContains("/officer/feeds"));
        assertEquals("Register feeds", heading());
        assertAccessible();
        screenshot("officer-feeds");

        Path folder = Files.createTempDirectory("clearchain-browser-upload");
        Path spreadsheet = Files.write(folder.resolve("register.xlsx"), new byte[] {'P', 'K', 3, 4, 0});
        fieldLabelled("File to import").sendKeys(spreadsheet.toString());
        press("Upload and import");
        find(By.className("govuk-error-summary"));
        assertTrue(find(By.id("file-agency-register-error")).getText().contains("This feed does not take register.xlsx"));
        assertAccessible();

        Path register = Files.writeString(folder.resolve("register-browser.csv"),
                FeedPagesTest.registerWithABadRow("BRW"), StandardCharsets.UTF_8);
        fieldLabelled("File to import").sendKeys(register.toString());
        press("Upload and import");
        waitUntil(ExpectedConditions.urlContains("/officer/jobs/"));
        assertTrue(heading().startsWith("Import job "), heading());

        // the page polls the job's progress (htmx) until it is over
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "Imported"));
        assertEquals("1", find(By.id("job-rejected")).getText());
        List<WebElement> cells = find(By.id("rejected-rows-table")).findElements(By.cssSelector("tbody tr td"));
        assertEquals("3", cells.get(0).getText(), "the bad row is the file's third line");
        assertTrue(cells.get(2).getText().contains("BRW-0002"), cells.get(2).getText());
        assertAccessible();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                find(By.id("job-status")));
        screenshot("officer-job");

        find(By.linkText("Register feeds")).click();
        waitUntil(ExpectedConditions.urlContains("/officer/feeds"));
        assertTrue(find(By.id("main-content")).getText().contains("register-browser.csv"), "among the recent imports");
        assertAccessible();
    }
}
