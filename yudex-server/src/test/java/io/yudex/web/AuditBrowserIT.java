package io.yudex.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.audit.AuditLog;
import io.yudex.auditlog.AuditRecord;
import io.yudex.support.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditor's console page in a real (headless) Chromium: search by client, the unusual-use flags with their
 * entries, the usage charts, and the verify button. Excluded from the PostgreSQL run ({@code *BrowserIT}).
 */
class AuditBrowserIT extends BrowserTest {

    @Autowired
    AuditLog log;

    @Test
    void auditor_searchesByClient_seesTheBurstFlagAndCharts_andVerifiesTheLog() throws IOException {
        String client = "burst-client-" + System.nanoTime() % 100_000;
        for (int i = 0; i < 25; i++) {
            log.append(AuditRecord.of(client, "data.query", "410000/102001/000001 · grant 1", "rows=1; OK")
                    .withContext("TESTDEPT", "410000/102001/000001", client, "数据校核", 1L, "sfzh=41010519900101" + String.format("%04d", i)));
        }
        try {
            driver.get("http://localhost:" + port + "/login");
            waitFor(By.id("username")).sendKeys("auditor");
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.id("login-submit")).click();
            waitFor(By.id("nav-audit")).click();

            waitFor(By.id("client")).sendKeys(client);
            driver.findElement(By.cssSelector("#audit-search button[type=submit]")).click();
            List<WebElement> rows = until(d -> {
                List<WebElement> r = d.findElements(By.cssSelector("#audit-entries tbody tr"));
                return r.size() == 25 ? r : null;
            });
            assertThat(rows.getFirst().getText()).contains(client).contains("data.query").contains("数据校核");
            assertThat(driver.findElement(By.id("csv-link")).getAttribute("href")).contains("/audit/entries.csv").contains("client=" + client);

            WebElement flags = waitFor(By.id("audit-flags"));
            assertThat(flags.getText()).contains(client).contains("短时间查询大量不同人员").contains("10 分钟内查询了 20 个不同的值");
            waitFor(By.cssSelector("#chart-usage-consumer canvas"));
            waitFor(By.cssSelector("#chart-usage-resource canvas"));

            driver.findElement(By.id("verify-button")).click();
            WebElement result = waitFor(By.id("verification-result"));
            assertThat(result.getText()).contains("校验通过");
            assertThat(driver.findElement(By.id("checkpoint-size")).getText()).isNotBlank();
        } finally {
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("auditor_console.png"),
                    StandardCopyOption.REPLACE_EXISTING);
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("var f = document.getElementById('audit-flags'); if (f) f.scrollIntoView();");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("auditor_console_flags.png"),
                    StandardCopyOption.REPLACE_EXISTING);
            driver.manage().deleteAllCookies();
        }
    }

}
