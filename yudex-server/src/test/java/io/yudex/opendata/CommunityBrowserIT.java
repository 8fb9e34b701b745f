package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.BrowserTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A member of the public's journey through the portal in headless Chromium: register and log in with a portal account,
 * search, narrow by a facet, open the dataset, see its ECharts column charts drawn, and rate it with the keyboard (the
 * rating is shown under the account's public name). Excluded from the PostgreSQL run.
 */
class CommunityBrowserIT extends BrowserTest {

    @AfterEach
    void screenshot() throws IOException {
        screenshot("portal-community.png");
    }

    @Test
    void publicUser_registersSearchesFiltersSeesChartsAndRates() {
        String code = ChartFixture.code(api(), PASSWORD);
        String name = PublicAccountsIT.newUsername("rater");
        String base = "http://localhost:" + port;
        driver.get(base + "/open");
        until(ExpectedConditions.elementToBeClickable(By.id("open-nav-register"))).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("reg-username"))).sendKeys(name);
        driver.findElement(By.id("reg-email")).sendKeys(name + "@example.org");
        driver.findElement(By.id("reg-password")).sendKeys(PublicAccountsIT.SECRET);
        driver.findElement(By.id("reg-confirm")).sendKeys(PublicAccountsIT.SECRET);
        driver.findElement(By.id("register-submit")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("login-registered")));
        driver.findElement(By.id("login-username")).sendKeys(name);
        driver.findElement(By.id("login-password")).sendKeys(PublicAccountsIT.SECRET);
        driver.findElement(By.id("portal-login-submit")).click();
        until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-user"), name));

        driver.get(base + "/open");
        until(ExpectedConditions.visibilityOfElementLocated(By.id("count-api-calls")));
        driver.findElement(By.id("open-q")).sendKeys("开放测试", Keys.ENTER);
        // narrow by the tag facet that only the chart fixture carries
        until(ExpectedConditions.elementToBeClickable(By.xpath("//aside//a[normalize-space(text())='空气质量']"))).click();
        until(ExpectedConditions.attributeContains(By.xpath("//aside//a[normalize-space(text())='空气质量']"), "class", "active"));
        assertThat(driver.findElements(By.cssSelector("a.open-hit"))).allSatisfy(a -> assertThat(a.getText()).contains("空气质量"));
        until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.open-hit[href$='/open/datasets/" + code + "']"))).click();

        until(ExpectedConditions.textToBe(By.id("dataset-code"), code));
        until(ExpectedConditions.attributeToBe(By.id("chart-0"), "data-chart-ready", "true"));
        assertThat(driver.findElements(By.cssSelector("#chart-0 canvas"))).isNotEmpty();
        assertThat(driver.findElement(By.id("chart-caption-0")).getText()).contains("监测站点");

        // keyboard only: focus the 4-star radio, select it with the space bar, type the comment, submit with Enter
        WebElement star = driver.findElement(By.id("star-4"));
        star.sendKeys(Keys.SPACE);
        assertThat(star.isSelected()).isTrue();
        WebElement comment = driver.findElement(By.id("rating-comment"));
        comment.sendKeys("图表清楚，希望增加监测点");
        driver.findElement(By.id("rating-submit")).sendKeys(Keys.ENTER);

        until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating-list"), "图表清楚，希望增加监测点"));
        assertThat(driver.findElement(By.id("rating-list")).getText()).contains("public:" + name);
        assertThat(driver.findElements(By.cssSelector("#ratings form.reply-form"))).as("staff reply in the console").isEmpty();
        assertThat(driver.findElement(By.id("rating-average")).getText()).contains("星");
        assertThat(driver.findElement(By.id("rating-submit")).getText()).isEqualTo("修改我的评价");
        assertThat(driver.findElement(By.id("star-4")).isSelected()).isTrue();
    }

}
