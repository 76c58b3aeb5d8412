package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.indexer.normalise.VacancyIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The jobseeker's journey past the first page in headless Chromium: paging, narrowing by distance from a place,
 * the vacancy page's "also listed at" links for a vacancy two demo sources list, and a whole run in Danish.
 */
@Timeout(300)
class SearchJourneyIT {
    /** Towns of the demo set, tried in turn for a radius that narrows the hits. */
    private static final List<String> PLACES = List.of("Harrogate", "Scarborough", "Utrecht", "Aarhus", "Tampere");
    private static final List<String> RADII = List.of("5", "10", "25", "50", "100");

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.onDemo(1280, 1600);
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

    private static long shownTotal() {
        try {
            List<WebElement> total = browser.findElements(By.id("total"));
            return total.isEmpty() ? -1 : Long.parseLong(total.get(0).getAttribute("data-total"));
        } catch (StaleElementReferenceException e) {
            return -1; // re-rendered while we read it
        }
    }

    /** The ids of the hits shown, or an empty list while the page is re-rendering them. */
    private static List<String> shownIds() {
        try {
            return browser.findElements(By.cssSelector("li.hit")).stream().map(e -> e.getAttribute("data-id"))
                .toList();
        } catch (StaleElementReferenceException e) {
            return List.of();
        }
    }

    private static String text(String css) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static void openEnglish(String pathAndQuery) {
        browser.get(demo.base().resolve(pathAndQuery).toString());
        browser.executeScript("localStorage.removeItem('joinedup.lang');");
        browser.get(demo.base().resolve(pathAndQuery).toString());
    }

    @Test
    void nextPageShowsOtherVacanciesAndPreviousComesBack() throws Exception {
        long total = demo.getJson("/api/v1/vacancies?size=20", 200).get("total").asLong();
        assertTrue(total > 20, "the demo set fills more than one page of 20: " + total);
        openEnglish("/");
        wait.until(d -> shownTotal() == total && shownIds().size() == 20);
        List<String> first = shownIds();
        assertTrue(browser.findElement(By.id("prev")).getAttribute("disabled") != null, "no page before the first");
        long pages = (total + 19) / 20;
        assertEquals("Page 1 of " + pages, text("#page-info"));

        browser.findElement(By.id("next")).click();
        wait.until(d -> d.getCurrentUrl().contains("page=2") && ("Page 2 of " + pages).equals(text("#page-info"))
            && !shownIds().isEmpty() && !first.equals(shownIds()));
        List<String> second = shownIds();
        assertEquals(Math.min(20, total - 20), second.size());
        Set<String> overlap = new HashSet<>(first);
        overlap.retainAll(second);
        assertTrue(overlap.isEmpty(), "page 2 repeats hits of page 1: " + overlap);
        assertEquals(browser.findElement(By.id("results")), browser.switchTo().activeElement(),
            "focus moves to the results, so a screen reader starts reading the new page");

        browser.findElement(By.id("prev")).click();
        wait.until(d -> !d.getCurrentUrl().contains("page=") && first.equals(shownIds()));
        browser.navigate().back(); // the address bar holds the page, so Back returns to page 2
        wait.until(d -> second.equals(shownIds()));
    }

    /** A place and two radii whose hit counts differ (smaller > 0), found through the API. */
    private record Narrowing(String place, String wide, long wideTotal, String narrow, long narrowTotal) {
    }

    private static Narrowing narrowing() throws Exception {
        for (String place : PLACES) {
            List<Long> totals = new ArrayList<>();
            for (String r : RADII) {
                totals.add(demo.getJson("/api/v1/vacancies?place=" + URLEncoder.encode(place, StandardCharsets.UTF_8)
                    + "&radius=" + r, 200).get("total").asLong());
            }
            int wide = RADII.size() - 1;
            for (int narrow = 0; narrow < wide; narrow++) {
                if (totals.get(narrow) > 0 && totals.get(narrow) < totals.get(wide)) {
                    return new Narrowing(place, RADII.get(wide), totals.get(wide), RADII.get(narrow),
                        totals.get(narrow));
                }
            }
        }
        return fail("no demo place whose hits a smaller radius narrows; tried " + PLACES);
    }

    @Test
    void aSmallerRadiusAroundAPlaceNarrowsTheHits() throws Exception {
        Narrowing n = narrowing();
        openEnglish("/");
        wait.until(d -> shownTotal() >= 0);
        new Select(browser.findElement(By.id("radius"))).selectByValue(n.wide());
        browser.findElement(By.id("place")).sendKeys(n.place(), Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("radius=" + n.wide()) && shownTotal() == n.wideTotal());
        new Select(browser.findElement(By.id("sort"))).selectByValue("distance");
        wait.until(d -> d.getCurrentUrl().contains("sort=distance") && shownTotal() == n.wideTotal());

        new Select(browser.findElement(By.id("radius"))).selectByValue(n.narrow());
        wait.until(d -> d.getCurrentUrl().contains("radius=" + n.narrow()) && shownTotal() == n.narrowTotal()
            && shownIds().size() == n.narrowTotal());
        double limit = Double.parseDouble(n.narrow());
        for (WebElement meta : browser.findElements(By.cssSelector("li.hit .meta"))) {
            Matcher km = Pattern.compile("([0-9.]+) km away").matcher(meta.getText());
            assertTrue(km.find(), "distance shown: " + meta.getText());
            assertTrue(Double.parseDouble(km.group(1)) <= limit, meta.getText() + " is within " + limit + " km");
        }
        chrome.screenshot("search-radius.png");
    }

    @Test
    void vacancyListedTwiceLinksToTheOtherListing() throws Exception {
        // config/demo: nyjobs NYPJ-88101 re-lists Northmere's NDC-26-0412 (Staff Nurse - Community Team).
        String id = VacancyIds.of("northmere", "NDC-26-0412");
        JsonNode v = demo.getJson("/api/v1/vacancies/" + id, 200);
        JsonNode also = v.path("cluster").path("alsoListedAt");
        assertFalse(also.isEmpty(), "the demo duplicate is clustered: " + v.path("cluster"));
        String council = also.get(0).path("council").asText();
        assertEquals("North Yorkshire Public Jobs Partnership", council);

        openEnglish("/vacancies/" + id);
        wait.until(d -> d.findElement(By.id("vacancy")).isDisplayed());
        assertTrue(text("#also").startsWith("Also listed at:"), text("#also"));
        List<WebElement> links = browser.findElements(By.cssSelector("#also a"));
        assertEquals(also.size(), links.size());
        assertEquals(council, links.get(0).getText());
        assertEquals(also.get(0).path("url").asText(), links.get(0).getAttribute("href"));
        chrome.assertAccessible("vacancy page with also-listed-at links (en)");

        // The search shows the vacancy once, saying where else it is listed.
        browser.get(demo.base().resolve("?q=" + URLEncoder.encode("\"staff nurse\"", StandardCharsets.UTF_8))
            .toString());
        wait.until(d -> shownTotal() > 0);
        WebElement hit = browser.findElement(By.cssSelector("li.hit[data-id='" + id + "']"));
        assertTrue(hit.findElement(By.cssSelector(".also")).getText().contains(council));
    }

    @Test
    void aWholeSearchInDanish() throws Exception {
        openEnglish("/");
        wait.until(d -> shownTotal() >= 0);
        new Select(browser.findElement(By.id("lang-select"))).selectByValue("da"); // saved for every page
        wait.until(d -> "da".equals(d.findElement(By.tagName("html")).getAttribute("lang")) && shownTotal() >= 0);
        assertEquals("Søg job", text("label[for=q]"));
        browser.findElement(By.id("q")).sendKeys("sygeplejerske", Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("q=sygeplejerske") && shownTotal() > 0);
        List<String> legends = browser.findElements(By.cssSelector("#facets legend")).stream()
            .map(WebElement::getText).toList();
        assertTrue(legends.contains("Sprog"), legends.toString());
        assertEquals("Søg", text("#search-button"));
        chrome.assertAccessible("search results (da)");
        chrome.screenshot("search-da.png");

        browser.findElement(By.cssSelector("li.hit .more a")).click();
        wait.until(d -> d.findElement(By.id("vacancy")).isDisplayed());
        assertEquals("da", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Tilbage til søgningen", text("#back"));
        assertEquals("Søg stillingen", text("#apply"));
        chrome.assertAccessible("vacancy page (da)");
        browser.executeScript("localStorage.removeItem('joinedup.lang');");
    }
}
