package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A visitor's journey through the public portal in headless Chromium, without logging in: search, open the dataset,
 * read the preview, download the CSV and find in it exactly the released (masked) rows. Excluded from the PostgreSQL run.
 */
class PortalBrowserIT extends BrowserTest {

    @AfterEach
    void screenshot() throws IOException {
        screenshot("portal-journey.png");
    }

    @Test
    void visitor_searchesOpensPreviewsAndDownloadsTheCsv() throws IOException {
        String code = OpenDataFixture.code(api(), PASSWORD);
        Api.Response released = api().post("/api/v1/opendata/releases", token("scjgj_admin"), OpenDataFixture.passingPlan(code));
        assertThat(released.status()).as(released.body()).isEqualTo(201);

        driver.get("http://localhost:" + port + "/open");
        assertThat(Integer.parseInt(waitFor(By.id("count-datasets")).getText().trim())).isPositive();
        WebElement search = driver.findElement(By.id("open-q"));
        search.sendKeys("开放测试市场主体名录");
        driver.findElement(By.id("open-search")).click();

        WebElement hit = until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("a.open-hit[href$='/open/datasets/" + code + "']")));
        hit.click();

        until(ExpectedConditions.textToBe(By.id("dataset-code"), code));
        List<WebElement> previewRows = waitFor(By.id("preview")).findElements(By.cssSelector("tbody tr"));
        assertThat(previewRows).hasSize(10);
        List<String> header = driver.findElements(By.cssSelector("#preview thead th")).stream().map(WebElement::getText).toList();
        assertThat(header).containsExactly("统一社会信用代码", "名称", "负责人", "成立日期", "行政区划代码");
        String firstPerson = previewRows.getFirst().findElements(By.tagName("td")).get(2).getText();
        assertThat(firstPerson).as("the name is masked to its surname").matches("\\p{IsHan}\\*+");

        Path file = browser.downloads().resolve(code.replace('/', '-') + "-r" + released.json().get("id").asLong() + ".csv");
        Files.deleteIfExists(file);
        driver.findElement(By.id("download-csv")).click();
        until(d -> fileReady(file));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("\uFEFF统一社会信用代码,名称,负责人,成立日期,行政区划代码");
        assertThat(lines).hasSize(OpenDataFixture.ROWS + 1);
        assertThat(String.join("\n", lines)).doesNotContain(OpenDataFixture.rows().getFirst().person())
                .doesNotContain(OpenDataFixture.rows().getFirst().mobile());
    }

    private static boolean fileReady(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

}
