package io.yudex.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.support.Api;
import io.yudex.support.BrowserTest;
import io.yudex.support.TestDepartment;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The sharing journey in a real (headless) Chromium: a city department's user applies in the console for a
 * conditionally shared resource; the provider's data admin approves a narrower grant with a stricter mask and a quota;
 * the city's data admin registers an API client (its secret shown once); the client's token reads masked rows over
 * HTTP; the auditor finds that access on /audit. Excluded from the PostgreSQL run ({@code *BrowserIT}).
 */
class SharingJourneyBrowserIT extends BrowserTest {

    private static final String POPULATION = "101001/000001";

    @Test
    void cityApplies_providerNarrowsAndMasks_cityRegistersAClient_theClientReadsMaskedRows_andTheAuditorSeesIt() throws IOException {
        TestDepartment city = TestDepartment.create(api(), token("admin"), PASSWORD);   // a city department of 郑州 (410100)
        String id = pushPerson("410102");
        try {
            // 1. the city's user applies for the conditionally shared population resource
            login(city.consumerUser());
            driver.get(url("/sharing/apply?code=" + enc(POPULATION)));
            assertThat(waitFor(By.id("share-type")).getText()).contains("有条件");
            for (String item : List.of("sfzhm", "xm", "xb", "xzqh")) {
                driver.findElement(By.cssSelector("#apply-form input[name=items][value=" + item + "]")).click();
            }
            new Select(driver.findElement(By.id("purpose"))).selectByVisibleText("数据校核");
            driver.findElement(By.id("basis")).sendKeys("核验本市户籍人员社会保障待遇资格");
            driver.findElement(By.id("rowScope")).sendKeys("410100");
            driver.findElement(By.id("apply-submit")).click();
            assertThat(waitFor(By.id("application-status")).getText()).isEqualTo("待审批");
            long applicationId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            logOut();

            // 2. the provider's data admin approves fewer items, a shorter period, a pseudonym for the name, a quota
            login("gat_admin");
            driver.get(url("/sharing/application?id=" + applicationId));
            waitFor(By.id("approve-form"));
            driver.findElement(By.cssSelector("#approve-form input[name=items][value=xb]")).click();
            Select xmMask = new Select(driver.findElement(By.id("mask-xm")));
            assertThat(xmMask.getOptions()).extracting(WebElement::getText).as("only masks stricter than the default are offered")
                    .contains("HASH(SM3)", "NULLIFY").doesNotContain("SHOW_LAST_4");
            xmMask.selectByValue("HASH(SM3)");
            driver.findElement(By.id("grant-quota")).sendKeys("120");
            WebElement until = driver.findElement(By.id("grant-until"));
            java.time.LocalDate shorter = java.time.LocalDate.now(clock).plusMonths(6);
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", until, shorter.toString());
            driver.findElement(By.id("approve")).click();
            assertThat(waitFor(By.id("application-status")).getText()).isEqualTo("已同意");
            assertThat(driver.findElement(By.id("granted")).getText()).contains("sfzhm, xm, xzqh").doesNotContain("xb")
                    .contains(shorter.getYear() + "/" + shorter.getMonthValue() + "/" + shorter.getDayOfMonth());
            assertThat(driver.findElement(By.id("granted-masks")).getText()).contains("xm → HASH(SM3)");
            assertThat(driver.findElement(By.id("granted-quota")).getText()).contains("120");
            driver.get(url("/sharing/grants"));
            assertThat(waitFor(By.id("grant-table")).getText()).contains("xm → HASH(SM3)");
            logOut();

            // 3. the city's data admin registers an API client; the secret is shown once
            login(city.adminUser());
            driver.get(url("/clients"));
            waitFor(By.id("client-form")).findElement(By.id("name")).sendKeys("社保待遇核验系统");
            new Select(driver.findElement(By.id("role"))).selectByValue("DEPT_USER");
            driver.findElement(By.cssSelector("#client-form button[type=submit]")).click();
            String issued = waitFor(By.id("issued")).getText();
            Matcher m = Pattern.compile("client_id: (\\S+)[\\s\\S]*client_secret: (\\S+)").matcher(issued);
            assertThat(m.find()).as(issued).isTrue();
            String clientId = m.group(1);
            String secret = m.group(2);
            driver.get(url("/clients"));
            waitFor(By.id("client-table"));
            assertThat(driver.findElements(By.id("issued"))).as("the secret is shown once").isEmpty();
            assertThat(driver.getPageSource()).doesNotContain(secret);
            logOut();

            // 4. the client's system reads the granted rows over HTTP: masked, narrowed
            Api.Response t = api().post("/api/v1/auth/token", null, Map.of("client_id", clientId, "client_secret", secret));
            assertThat(t.status()).as(t.body()).isEqualTo(200);
            String token = t.json().get("access_token").asString();
            JsonNode page = api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + id, token).json();
            assertThat(page.get("items").valueStream().map(JsonNode::asString).toList()).containsExactly("sfzhm", "xm", "xzqh");
            assertThat(page.get("masked").valueStream().map(JsonNode::asString).toList()).contains("sfzhm", "xm");
            JsonNode row = page.get("rows").get(0);
            assertThat(row.get("sfzhm").asString()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
            assertThat(row.get("xm").asString()).as("the approver's pseudonym").matches("[0-9a-f]{64}");
            assertThat(api().get("/api/v1/data/" + POPULATION + "?fields=xb", token).status()).as("xb was not granted").isEqualTo(400);

            // 5. the auditor finds the client's access
            login("auditor");
            driver.get(url("/audit?client=" + enc(clientId)));
            String entries = waitFor(By.id("audit-entries")).getText();
            assertThat(entries).contains("data.query").contains(clientId).contains(POPULATION).contains("数据校核");
        } finally {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve("sharingJourney.png"), StandardCopyOption.REPLACE_EXISTING);
            logOut();
        }
    }

    /** One person of the region, pushed by 公安厅; returns the ID number. */
    private String pushPerson(String region) {
        String gat = token("gat_admin");
        String id = CitizenIdNumber.withCheckDigit(region + "19820315" + String.format("%03d", System.nanoTime() % 1000));
        Api.Response pushed = api().send("POST", "/api/v1/catalog/resources/" + POPULATION + "/rows", gat,
                "[{\"sfzhm\":\"" + id + "\",\"xm\":\"上官婉\",\"xb\":\"2\",\"csrq\":\"1982-03-15\",\"xzqh\":\"" + region + "\"}]");
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
        JsonNode done = await("/api/v1/batches/" + pushed.json().get("id").asLong(), gat, b -> !b.get("status").asString().equals("RUNNING"));
        assertThat(done.get("status").asString()).isEqualTo("SUCCEEDED");
        return id;
    }

    private void login(String username) {
        driver.get(url("/login"));
        waitFor(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).clear();
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waitFor(By.id("count-total"));
    }

    private static void logOut() {
        driver.manage().deleteAllCookies();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
