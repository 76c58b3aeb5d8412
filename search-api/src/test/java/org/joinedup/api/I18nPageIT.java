package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Assertions;
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
 * The search and vacancy pages in four languages: the language switch changes every label, the choice is
 * remembered across pages (alert pages included), and the pages pass axe-core's WCAG 2 A/AA rules in English and
 * Finnish, at desktop, kiosk (1920x1080), 4K TV and phone sizes without scrolling sideways.
 */
@Timeout(300)
class I18nPageIT {

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.onDemo(1280, 1000);
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

    private static String text(String css) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static String htmlLang() {
        return String.valueOf(browser.executeScript("return document.documentElement.lang;"));
    }

    private static void awaitResults() {
        wait.until(d -> !d.findElements(By.id("total")).isEmpty() && !d.findElements(By.cssSelector("li.hit")).isEmpty()
            && !d.findElements(By.cssSelector("#facets fieldset")).isEmpty());
    }

    private static void switchTo(String lang) {
        new Select(browser.findElement(By.id("lang-select"))).selectByValue(lang);
        wait.until(d -> lang.equals(htmlLang()) && !d.findElements(By.id("lang-select")).isEmpty());
    }

    /** The checker itself: a page with an unlabelled field and low-contrast text must fail it. */
    @Test
    void axeCheckReportsViolations() {
        browser.get("data:text/html;charset=utf-8,<!doctype html><html lang=en><head><title>x</title></head><body>"
            + "<main><input type=text><p style='color:%23bbb'>faint</p></main></body></html>");
        AssertionError e = Assertions.assertThrows(AssertionError.class,
            () -> chrome.assertAccessible("a broken page"));
        assertTrue(e.getMessage().contains("label") && e.getMessage().contains("color-contrast"), e.getMessage());
    }

    @Test
    void switchLanguageRememberItAndStayAccessibleAtEverySize() throws Exception {
        chrome.resize(1280, 1000);
        browser.get(demo.base().resolve("?q=nurse").toString());
        awaitResults();
        assertEquals("en", htmlLang());
        assertEquals("Search vacancies", text("label[for=q]"));
        assertEquals("Language", text("label[for=lang-select]"));
        assertTrue(browser.findElement(By.id("alert-link")).getAttribute("href").endsWith("/alerts/?q=nurse"),
            "the alert sign-up link carries the search");
        chrome.assertAccessible("search results with facets (en)");

        switchTo("fi");
        awaitResults();
        assertEquals("Hae työpaikkoja", text("label[for=q]"));
        assertEquals("Kieli", text("label[for=lang-select]"));
        assertEquals("Rajaa tuloksia", text("#filters-heading"));
        assertTrue(browser.getCurrentUrl().contains("q=nurse"), "the search survives the switch");
        assertFalse(browser.getCurrentUrl().contains("lang="), "the choice is saved, not carried in the URL");
        List<String> legends = browser.findElements(By.cssSelector("#facets legend")).stream()
            .map(WebElement::getText).toList();
        assertTrue(legends.contains("Kieli"), legends.toString());
        assertTrue(text("#summary").contains("työpaikka"), text("#summary"));
        chrome.screenshot("search-fi.png");
        chrome.assertAccessible("search results with facets (fi)");

        // Remembered: a fresh visit without ?lang= is still Finnish, and so are the other pages.
        browser.get(demo.base().toString());
        awaitResults();
        assertEquals("fi", htmlLang());
        assertEquals("Hae", text("#search-button"));
        browser.findElement(By.cssSelector("li.hit .more a")).click();
        wait.until(d -> d.findElement(By.id("vacancy")).isDisplayed());
        assertEquals("fi", htmlLang());
        assertEquals("Takaisin hakuun", text("#back"));
        chrome.assertAccessible("vacancy page (fi)");
        browser.get(demo.base().resolve("alerts/").toString());
        wait.until(d -> "fi".equals(htmlLang()) && "Sähköpostiosoite".equals(text("label[for=email]")));

        // ?lang= wins over the saved choice for that page.
        browser.get(demo.base().resolve("?q=nurse&lang=da").toString());
        awaitResults();
        assertEquals("Søg job", text("label[for=q]"));

        // Kiosk and TV sizes: still one page wide, still accessible.
        browser.get(demo.base().resolve("?q=nurse").toString());
        awaitResults();
        chrome.resize(1920, 1080);
        chrome.assertNoHorizontalScroll("search at 1920x1080 (fi)");
        chrome.screenshot("kiosk-1920x1080-search-fi.png");
        chrome.assertAccessible("search results at 1920x1080 (fi)");
        chrome.resize(3840, 2160);
        chrome.assertNoHorizontalScroll("search at 3840x2160 (fi)");
        double rootPx = ((Number) browser.executeScript(
            "return parseFloat(getComputedStyle(document.documentElement).fontSize);")).doubleValue();
        assertTrue(rootPx >= 24, "type grows on a 4K screen: root font " + rootPx + "px");
        chrome.screenshot("tv-3840x2160-search-fi.png");
        chrome.resize(360, 800);
        chrome.assertNoHorizontalScroll("search at 360 wide (fi)");
        chrome.screenshot("phone-360-search-fi.png");

        chrome.resize(1280, 1000);
        switchTo("en");
        awaitResults();
        assertEquals("Search vacancies", text("label[for=q]"));
        browser.get(demo.base().toString());
        awaitResults();
        assertEquals("en", htmlLang());
        browser.findElement(By.cssSelector("li.hit .more a")).click();
        wait.until(d -> d.findElement(By.id("vacancy")).isDisplayed());
        assertEquals("Back to search", text("#back"));
        chrome.assertAccessible("vacancy page (en)");
        chrome.resize(1920, 1080);
        chrome.assertNoHorizontalScroll("vacancy at 1920x1080 (en)");
        chrome.assertAccessible("vacancy page at 1920x1080 (en)");
        chrome.resize(360, 800);
        chrome.assertNoHorizontalScroll("vacancy at 360 wide (en)");
        chrome.resize(1280, 1000);
    }
}
