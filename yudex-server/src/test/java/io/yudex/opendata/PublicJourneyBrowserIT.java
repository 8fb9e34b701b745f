package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.BrowserTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A researcher's journey in headless Chromium: register, log in, create an API key and call the open API with it,
 * apply for a conditionally open dataset; the department's data admin approves (for a shorter period) in the console
 * in the same browser; the researcher sees the notice, downloads the CSV and calls the rows with the key. Excluded
 * from the PostgreSQL run.
 */
class PublicJourneyBrowserIT extends BrowserTest {

    @AfterEach
    void screenshot() throws IOException {
        screenshot("public-journey.png");
    }

    @Test
    void researcher_registersGetsAKeyAppliesIsApprovedAndDownloads() throws Exception {
        String code = OpenAccessFixture.conditional(api(), PASSWORD);
        String name = PublicAccountsIT.newUsername("res");
        String base = "http://localhost:" + port;

        // register and log in
        driver.get(base + "/open");
        waitFor(By.id("open-nav-register")).click();
        waitFor(By.id("reg-username")).sendKeys(name);
        driver.findElement(By.id("reg-email")).sendKeys(name + "@example.org");
        driver.findElement(By.id("reg-password")).sendKeys(PublicAccountsIT.SECRET);
        driver.findElement(By.id("reg-confirm")).sendKeys(PublicAccountsIT.SECRET);
        driver.findElement(By.id("register-submit")).click();
        waitFor(By.id("login-registered"));
        driver.findElement(By.id("login-username")).sendKeys(name);
        driver.findElement(By.id("login-password")).sendKeys(PublicAccountsIT.SECRET);
        driver.findElement(By.id("portal-login-submit")).click();
        until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-user"), name));

        // create a key; the secret is shown once
        driver.findElement(By.id("key-name")).sendKeys("区域分布研究");
        driver.findElement(By.id("key-create")).click();
        String appKey = waitFor(By.id("issued-app-key")).getText().trim();
        String secret = driver.findElement(By.id("issued-secret")).getText().trim();
        assertThat(call("/api/open/v1/datasets?q=" + java.net.URLEncoder.encode("有条件开放测试企业名录", StandardCharsets.UTF_8), appKey, secret)
                .statusCode()).isEqualTo(200);
        assertThat(call("/api/open/v1/datasets/" + code + "/rows", appKey, secret).statusCode()).as("not approved yet").isEqualTo(403);

        // apply on the dataset's page
        driver.get(base + "/open/datasets/" + code);
        waitFor(By.id("apply-link")).click();
        waitFor(By.id("apply-purpose")).sendKeys("研究市场主体的区域分布");
        driver.findElement(By.id("apply-scenario")).sendKeys("高校科研论文，不对外提供数据");
        driver.findElement(By.id("apply-commitment")).click();
        driver.findElement(By.id("apply-submit")).click();
        waitFor(By.id("applied"));
        WebElement row = driver.findElement(By.cssSelector("#application-table tbody tr"));
        assertThat(row.findElement(By.cssSelector(".application-status")).getText()).contains("待审核");
        long id = Long.parseLong(row.getAttribute("id").substring("application-".length()));

        // the department's data admin approves in the console, for a shorter period than asked
        driver.get(base + "/login");
        waitFor(By.id("username")).sendKeys("scjgj_admin");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        until(ExpectedConditions.urlToBe(base + "/"));
        driver.get(base + "/opendata/applications");
        waitFor(By.cssSelector("#open-application-" + id + " a.open-application-link")).click();
        LocalDate until = LocalDate.now(clock).plusDays(30);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('open-approve-until').value = arguments[0]", until.toString());
        waitFor(By.id("open-approve")).click();
        until(ExpectedConditions.textToBe(By.id("open-application-status"), "已批准"));

        // the researcher, still signed in on the portal, sees the notice and gets the data
        driver.get(base + "/open/account");
        assertThat(waitFor(By.id("notice-" + id)).getText()).contains(until.toString());
        Path downloads = browser.downloads();
        driver.findElement(By.cssSelector("#application-" + id + " a.conditional-csv")).click();
        Path csv = until(d -> csvIn(downloads).orElse(null));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(OpenDataFixture.ROWS + 1);
        assertThat(String.join("\n", lines)).doesNotContain(OpenDataFixture.generate().getFirst().mobile());

        HttpResponse<String> rows = call("/api/open/v1/datasets/" + code + "/rows?limit=3", appKey, secret);
        assertThat(rows.statusCode()).as(rows.body()).isEqualTo(200);
        assertThat(rows.body()).contains("\"total\":" + OpenDataFixture.ROWS);

        // the department sees both uses under the application
        driver.get(base + "/opendata/applications/" + id);
        assertThat(waitFor(By.id("open-application-accesses")).findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
    }

    private HttpResponse<String> call(String path, String appKey, String secret) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-App-Key", appKey).header("X-App-Secret", secret).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<Path> csvIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).filter(f -> {
                try {
                    return Files.size(f) > 0;
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

}
