package io.yudex.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests, started the way the brief asks, with a throw-away profile and a
 * download folder of its own; {@link #close()} stops it and removes both folders.
 */
public final class HeadlessChromium implements AutoCloseable {

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final Path profileDir;
    private final Path downloadDir;

    private HeadlessChromium(ChromeDriverService service, WebDriver driver, Path profileDir, Path downloadDir) {
        this.service = service;
        this.driver = driver;
        this.profileDir = profileDir;
        this.downloadDir = downloadDir;
    }

    public static HeadlessChromium start() throws IOException {
        System.setProperty("SE_AVOID_STATS", "true");
        Path profileDir = Files.createTempDirectory("yudex-chrome-profile");
        Path downloadDir = Files.createTempDirectory("yudex-chrome-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1366,900", "--user-data-dir=" + profileDir.toAbsolutePath());
        // the download prefs suffice for Chromium's (new) headless mode; no CDP Browser.setDownloadBehavior needed
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloadDir.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new HeadlessChromium(service, new ChromeDriver(service, options), profileDir, downloadDir);
    }

    public WebDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloadDir;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profileDir);
            deleteTree(downloadDir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Chromium may still hold a lock file for a moment; a leftover temp dir is harmless.
        }
    }
}
