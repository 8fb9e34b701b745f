package io.yudex.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The verification loop in a real (headless) Chromium: the platform admin runs the seeded population comparison, sees
 * the conflicts and opens a ticket; 公安厅's data admin answers it in its queue; 公安厅's corrected batch re-runs the
 * comparison and the ticket closes. Data come through the API as in {@link ComparisonApiIT}. Excluded from the
 * PostgreSQL run ({@code *BrowserIT}).
 */
class VerificationBrowserIT extends BrowserTest {

    static final String SEEDED = "户籍人口与社会保险参保人员姓名比对";

    void load(String resource, String admin, String csv) {
        String token = token(admin);
        Api.Response r = api().multipart("/api/v1/catalog/resources/" + resource + "/batches?mode=FULL_REPLACE&force=true", token, "file",
                "data.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        JsonNode b = await("/api/v1/batches/" + r.json().get("id").asLong(), token, x -> !x.get("status").asString().equals("RUNNING"));
        assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void platformAdminRunsTheComparison_opensATicket_theOwnerAnswers_andTheCorrectedBatchClosesIt() throws IOException {
        load(ComparisonApiIT.PEOPLE, "gat_admin", ComparisonApiIT.people(i -> "比对" + i));
        load(ComparisonApiIT.INSURED, "rst_admin", ComparisonApiIT.insured());
        String conflicted = ComparisonApiIT.id(33);
        try {
            login("admin");
            driver.get(base() + "/governance/comparisons");
            waitFor(By.linkText(SEEDED)).click();
            waitFor(By.id("run-comparison")).click();
            // the run is in the background: reload the page until its result shows
            WebElement count = until(d -> {
                d.navigate().refresh();
                List<WebElement> c = d.findElements(By.id("conflict-count"));
                return c.isEmpty() || c.getFirst().getText().equals("0") ? null : c.getFirst();
            });
            assertThat(count.getText()).isEqualTo("4");
            assertThat(driver.findElement(By.id("conflict-rows")).getText()).contains("比对33").contains("别名33");
            driver.findElement(By.cssSelector("#conflict-rows input[value='" + conflicted + "']")).click();
            shot("verification_conflicts.png");
            driver.findElement(By.id("open-tickets-button")).click();
            WebElement list = waitFor(By.id("ticket-list"));
            // the newest ticket on that key (an earlier test may have opened some from its own comparison)
            String ticket = String.valueOf(list.findElements(By.cssSelector("tbody tr")).stream().filter(r -> r.getText().contains(conflicted))
                    .mapToLong(r -> Long.parseLong(r.findElement(By.tagName("a")).getText())).max().orElseThrow());
            logout();

            login("gat_admin");
            driver.get(base() + "/governance/tickets");
            waitFor(By.linkText(ticket)).click();
            assertThat(waitFor(By.id("ticket-status")).getText()).isNotBlank();
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("answer"))).selectByValue("CORRECTED");
            driver.findElement(By.id("comment")).sendKeys("已按户籍档案更正");
            driver.findElement(By.id("answer-button")).click();
            assertThat(waitFor(By.id("ticket-answer")).getText()).isNotEqualTo("–");
            assertThat(api().get("/api/v1/governance/tickets/" + ticket, token("gat_admin")).json().get("status").asString()).isEqualTo("ANSWERED");
            shot("verification_answered.png");

            // the correction arrives with 公安厅's next batch; the comparison re-runs and closes the ticket
            load(ComparisonApiIT.PEOPLE, "gat_admin", ComparisonApiIT.people(i -> i == 33 ? "别名33" : "比对" + i));
            await("/api/v1/governance/tickets/" + ticket, token("gat_admin"), t -> t.get("status").asString().equals("CLOSED"));
            driver.navigate().refresh();
            assertThat(waitFor(By.id("ticket-history")).getText()).contains("system");
            assertThat(driver.findElements(By.id("answer-form"))).isEmpty();
            shot("verification_closed.png");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void login(String user) {
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login");
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waitFor(By.tagName("nav"));
    }

    private void logout() {
        driver.manage().deleteAllCookies();
    }

    private static void shot(String name) throws IOException {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

}
