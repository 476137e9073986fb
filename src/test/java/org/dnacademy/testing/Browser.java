package org.dnacademy.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Headless Debian Chromium driven through /usr/bin/chromedriver (never Selenium Manager, which
 * would try to download a browser), plus the axe-core accessibility scan every page must pass.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("dna-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.path", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.path", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
    public void click(By by) {
        whileLoading(() -> driver.findElement(by).click());
    }

    /** Does something that loads a new page (a click, Enter in a form), and waits for the new page. */
    public void whileLoading(Runnable action) {
        // A mark on the old document: it is gone once a new document has replaced it.
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("window.__dnaOldPage = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            var state = (org.openqa.selenium.JavascriptExecutor) d;
            return Boolean.TRUE.equals(state.executeScript(
                    "return window.__dnaOldPage === undefined && document.readyState === 'complete';"));
        });
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves what the page looks like to target/screenshots/NAME.png, for people to look at. */
    public void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("dnacademy.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Narrows the window to a phone's width (or back), to check layouts that must fit. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Fails with every violation listed when the current page breaks a WCAG 2.1 A or AA rule. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + violations.stream()
                    .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }
}
