package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The statistics page in headless Chromium: chart and tables, another dimension, Dutch; screenshot stats.png. */
@Timeout(300)
class StatsPageIT {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path profileDir;
    private static DemoServer demo;
    private static Browser chrome;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        demo = DemoServer.start(dataDir, Duration.ofSeconds(180));
        chrome = Browser.start(profileDir, 1280, 2000);
        browser = chrome.driver;
        wait = chrome.wait;
    }

    @AfterAll
    static void stop() {
        if (chrome != null) chrome.close();
        if (demo != null) demo.close();
    }

    private static String loaded() {
        return browser.findElement(By.tagName("body")).getAttribute("data-loaded");
    }

    private static List<WebElement> rows(String table) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr:not(.empty)"));
    }

    @Test
    void chartTablesDimensionAndLanguage() throws Exception {
        browser.get(demo.base().resolve("/stats/?lang=en").toString());
        wait.until(d -> loaded() != null);
        assertEquals("Labour-market statistics", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("#chart svg[role=img] rect.bar")).isEmpty(), "chart bars");
        assertFalse(browser.findElement(By.cssSelector("#chart svg title")).getAttribute("textContent").isBlank());
        assertEquals(12, rows("monthly-table").size());
        assertFalse(rows("values-table").isEmpty(), "councils side by side over the period");
        assertFalse(rows("councils-table").isEmpty());
        assertEquals("Break down by", browser.findElement(By.cssSelector("label[for=dimension]")).getText());

        String before = loaded();
        new Select(browser.findElement(By.id("dimension"))).selectByValue("region");
        wait.until(d -> !before.equals(loaded()));
        assertEquals("Region", browser.findElement(By.id("values-dim")).getText());
        assertFalse(rows("values-table").isEmpty(), "regions");
        assertTrue(browser.getCurrentUrl().contains("dimension=region"), browser.getCurrentUrl());

        Select value = new Select(browser.findElement(By.id("value")));
        assertTrue(value.getOptions().size() > 1, "one option per region");
        String region = value.getOptions().get(1).getAttribute("value");
        String beforeValue = loaded();
        value.selectByIndex(1);
        wait.until(d -> !beforeValue.equals(loaded()));
        assertTrue(browser.findElement(By.cssSelector("#chart svg title")).getAttribute("textContent")
            .contains(region), "chart of the chosen region");

        wait.until(d -> (Boolean) browser.executeScript(
            "const i = document.getElementById('councils-chart'); return i.complete && i.naturalWidth > 0;"));
        assertFalse(browser.findElement(By.id("councils-chart")).getAttribute("alt").isBlank());

        String beforeLang = loaded();
        new Select(browser.findElement(By.id("lang"))).selectByValue("nl");
        wait.until(d -> !beforeLang.equals(loaded()));
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Arbeidsmarktstatistiek", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Regio", browser.findElement(By.id("values-dim")).getText());
        String dutchTitle = browser.findElement(By.cssSelector("#chart svg title")).getAttribute("textContent");
        assertTrue(dutchTitle.startsWith("Nieuwe en gesloten") && dutchTitle.contains(region), dutchTitle);
        assertEquals(region, new Select(browser.findElement(By.id("value"))).getFirstSelectedOption()
            .getAttribute("value"), "the chosen region stays chosen across the language switch");
        assertTrue(browser.findElement(By.id("csv-monthly")).getAttribute("href").contains("format=csv"));
        chrome.screenshot("stats.png");
    }
}
