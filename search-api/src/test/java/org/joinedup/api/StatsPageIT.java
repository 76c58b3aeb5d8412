package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The statistics page in headless Chromium: chart and tables, another dimension, the site-wide language switch
 * (remembered across pages), axe-core WCAG 2 A/AA checks in English and Finnish and at kiosk (1920x1080) and 4K TV
 * (3840x2160) sizes without sideways scrolling; screenshots stats*.png.
 */
@Timeout(300)
class StatsPageIT {
    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.onDemo(1280, 2000);
    private static DemoServer demo;
    private static Browser chrome;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        demo = SESSION.demo();
        chrome = SESSION.browser();
        browser = chrome.driver;
        wait = chrome.wait;
    }

    private static String loaded() {
        return browser.findElement(By.tagName("body")).getAttribute("data-loaded");
    }

    private static String htmlLang() {
        return String.valueOf(browser.executeScript("return document.documentElement.lang;"));
    }

    /** Opens a stats page and waits until its figures are shown. */
    private static void open(String pathAndQuery) {
        browser.get(demo.base().resolve(pathAndQuery).toString());
        wait.until(d -> loaded() != null);
    }

    /** Picks a language in the header switch; the page reloads in it and saves the choice. */
    private static void switchTo(String lang) {
        new Select(browser.findElement(By.id("lang-select"))).selectByValue(lang);
        wait.until(d -> lang.equals(htmlLang()) && loaded() != null);
    }

    /** Forgets a language chosen by an earlier test, so each test starts from the browser's English. */
    private static void forgetLanguage() {
        browser.get(demo.base().resolve("/stats/").toString());
        browser.executeScript("localStorage.removeItem('joinedup.lang');");
    }

    private static List<WebElement> rows(String table) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr:not(.empty)"));
    }

    @Test
    void chartTablesDimensionAndLanguage() throws Exception {
        forgetLanguage();
        open("/stats/?lang=en");
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

        assertEquals("Language", browser.findElement(By.cssSelector("label[for=lang-select]")).getText());
        switchTo("nl");
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Taal", browser.findElement(By.cssSelector("label[for=lang-select]")).getText());
        assertFalse(browser.getCurrentUrl().contains("lang="), "the choice is saved, not carried in the URL");
        assertEquals("Arbeidsmarktstatistiek", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Regio", browser.findElement(By.id("values-dim")).getText());
        String dutchTitle = browser.findElement(By.cssSelector("#chart svg title")).getAttribute("textContent");
        assertTrue(dutchTitle.startsWith("Nieuwe en gesloten") && dutchTitle.contains(region), dutchTitle);
        assertEquals(region, new Select(browser.findElement(By.id("value"))).getFirstSelectedOption()
            .getAttribute("value"), "the chosen region stays chosen across the language switch");
        assertTrue(browser.findElement(By.id("csv-monthly")).getAttribute("href").contains("format=csv"));
        assertTrue(browser.findElement(By.id("csv-monthly")).getAttribute("href").contains("lang=nl"));
        chrome.screenshot("stats.png");

        // Remembered like on every other page: a fresh visit is Dutch, and so is the search page.
        open("/stats/");
        assertEquals("Arbeidsmarktstatistiek", browser.findElement(By.tagName("h1")).getText());
        browser.get(demo.base().toString());
        wait.until(d -> "nl".equals(htmlLang()) && !d.findElements(By.id("lang-select")).isEmpty());
        assertEquals("nl", new Select(browser.findElement(By.id("lang-select"))).getFirstSelectedOption()
            .getAttribute("value"));
        // ... and a choice made on the search page carries over to the statistics page.
        new Select(browser.findElement(By.id("lang-select"))).selectByValue("da");
        wait.until(d -> "da".equals(htmlLang()));
        open("/stats/");
        assertEquals("da", htmlLang());
        assertEquals("Arbejdsmarkedsstatistik", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void accessibleInEnglishAndFinnishAtKioskAndTvSizes() throws Exception {
        forgetLanguage();
        chrome.resize(1280, 2000);
        open("/stats/");
        assertEquals("en", htmlLang());
        chrome.assertAccessible("statistics page (en)");

        switchTo("fi");
        assertFalse(rows("monthly-table").isEmpty());
        chrome.assertAccessible("statistics page (fi)");

        chrome.resize(1920, 1080);
        chrome.assertNoHorizontalScroll("statistics at 1920x1080 (fi)");
        chrome.screenshot("stats-kiosk-1920x1080-fi.png");
        chrome.assertAccessible("statistics page at 1920x1080 (fi)");

        chrome.resize(3840, 2160);
        chrome.assertNoHorizontalScroll("statistics at 3840x2160 (fi)");
        double rootPx = ((Number) browser.executeScript(
            "return parseFloat(getComputedStyle(document.body).fontSize);")).doubleValue();
        assertTrue(rootPx >= 24, "type grows on a 4K screen: body font " + rootPx + "px");
        chrome.screenshot("stats-tv-3840x2160-fi.png");
        chrome.assertAccessible("statistics page at 3840x2160 (fi)");

        switchTo("en");
        chrome.resize(1920, 1080);
        chrome.assertNoHorizontalScroll("statistics at 1920x1080 (en)");
        chrome.assertAccessible("statistics page at 1920x1080 (en)");
        chrome.resize(1280, 2000);
    }
}
