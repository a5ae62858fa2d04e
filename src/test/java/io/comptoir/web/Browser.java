package io.comptoir.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium through its chromedriver, with a fresh profile; no network, no downloads. */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public final ChromeDriver driver;
    private final Path profile;

    public Browser(int width, int height) throws Exception {
        profile = Files.createTempDirectory("comptoir-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=fr-FR");
        if (width < 500) {
            // A phone: emulate its viewport (a desktop window cannot be narrower than about 500 px).
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0), "userAgent",
                    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /**
     * Whether Chromium and chromedriver are installed. Under .ci/run (COMPTOIR_CI=1), which installs them, a
     * missing browser fails the run instead of skipping the browser tests.
     */
    public static boolean available() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "1".equals(System.getenv("COMPTOIR_CI")))
            throw new IllegalStateException("COMPTOIR_CI=1 but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: .ci/setup.d/20-chromium.sh should have installed them");
        return installed;
    }

    public WebDriverWait waiting() { return new WebDriverWait(driver, Duration.ofSeconds(15)); }

    /**
     * Clicks what {@code find} returns once it is displayed and enabled, robustly under load: it is scrolled to
     * the middle of the view first, a click intercepted by an element still moving (smooth scroll, a fading
     * typing indicator) or made on a re-rendered (stale) element is retried with a fresh lookup, and a last
     * attempt clicks through JavaScript, which still runs the element's own click handler.
     */
    public void click(java.util.function.Supplier<org.openqa.selenium.WebElement> find) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                org.openqa.selenium.WebElement e = waiting().until(d -> {
                    org.openqa.selenium.WebElement el = find.get();
                    return el != null && el.isDisplayed() && el.isEnabled() ? el : null;
                });
                driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
                if (attempt < 3) e.click();
                else driver.executeScript("arguments[0].click()", e);
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException | org.openqa.selenium.StaleElementReferenceException e) {
                last = e;
            }
        }
        throw last;
    }

    public Path screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
