package org.clearchain.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Base of the console's browser tests: the whole application as {@link ApiTest} runs it, driven by a real headless
 * Chromium — Debian's {@code chromium} and {@code chromedriver}, never a downloaded browser. Without them the tests
 * are skipped, saying so; in CI ({@code CI=true}) a missing browser fails them instead.
 */
public abstract class BrowserTest extends ApiTest {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    protected WebDriver browser;

    @BeforeAll
    void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            Assertions.fail("CI must run the browser tests: install chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: browser test skipped"
                + " (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(DESKTOP);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshVisitor() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(DESKTOP);
    }

    /** The application's address of a path, e.g. {@code "/verify"}. */
    protected String url(String path) {
        return server.getURL().toString() + path;
    }

    protected void open(String path) {
        browser.get(url(path));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("main-content")));
    }

    protected <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    protected WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected String heading() {
        return find(By.tagName("h1")).getText();
    }

    /** Types into the field whose label reads {@code label}, as a person would find it. */
    protected void fill(String label, String text) {
        WebElement field = fieldLabelled(label);
        field.clear();
        field.sendKeys(text);
    }

    protected WebElement fieldLabelled(String label) {
        WebElement labelElement = find(By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));
        return browser.findElement(By.id(labelElement.getAttribute("for")));
    }

    protected void press(String buttonText) {
        find(By.xpath("//button[normalize-space()=" + xpathLiteral(buttonText) + "]")).click();
    }

    protected void signIn(String username, String password) {
        open("/sign-in");
        fill("Username", username);
        fill("Password", password);
        press("Sign in");
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
    }

    /** axe-core on the page as it stands: no serious or critical violation of WCAG 2.1 A and AA. */
    protected void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        List<Rule> blocking = results.getViolations().stream().filter(v -> BLOCKING_IMPACTS.contains(v.getImpact())).toList();
        Assertions.assertTrue(blocking.isEmpty(), () -> browser.getCurrentUrl() + " has accessibility violations:\n"
                + blocking.stream().map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")));
    }

    /**
     * The page at desktop and phone width, as {@code <name>-desktop.png} and {@code <name>-phone.png} in
     * target/screenshots, and in the folder {@code -Dscreenshots=…} names (docs/screenshots for the README).
     */
    protected void screenshot(String name) {
        try {
            for (var size : List.of(DESKTOP, PHONE)) {
                browser.manage().window().setSize(size);
                String file = name + (size == DESKTOP ? "-desktop" : "-phone") + ".png";
                byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
                Path target = Path.of("target/screenshots");
                Files.createDirectories(target);
                Files.write(target.resolve(file), png);
                String docs = System.getProperty("screenshots");
                if (docs != null && !docs.isBlank()) {
                    Path folder = Path.of(docs).isAbsolute() ? Path.of(docs) : Path.of("..").resolve(docs);
                    Files.createDirectories(folder);
                    Files.write(folder.resolve(file), png);
                }
            }
            browser.manage().window().setSize(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

}
