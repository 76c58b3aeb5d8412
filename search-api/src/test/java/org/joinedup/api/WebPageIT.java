package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/** The jobseeker page in headless Chromium: search, click a facet, see the results narrow. */
@Timeout(300)
class WebPageIT {

    /** Queries tried in turn; the first whose results can be narrowed by a facet is used. */
    private static final List<String> QUERIES = List.of("nurse", "engineer", "library", "assistant", "medewerker");
    private static final List<String> DIMENSIONS = List.of("language", "employer", "region", "employmentType");

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

    /** A query and a facet value that narrows its results, picked through the API. */
    private record Plan(String query, long total, String dimension, String value, long count) {
    }

    private static Plan plan() throws Exception {
        for (String q : QUERIES) {
            JsonNode r = demo.getJson("/api/v1/vacancies?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                200);
            long total = r.get("total").asLong();
            for (String dim : DIMENSIONS) {
                for (JsonNode f : r.get("facets").path(dim)) {
                    long count = f.get("count").asLong();
                    if (count > 0 && count < total && total <= 20) {
                        return new Plan(q, total, dim, f.get("value").asText(), count);
                    }
                }
            }
        }
        return fail("no demo query whose results a facet narrows; tried " + QUERIES);
    }

    private static long shownTotal() {
        List<WebElement> total = browser.findElements(By.id("total"));
        return total.isEmpty() ? -1 : Long.parseLong(total.get(0).getAttribute("data-total"));
    }

    @Test
    void searchThenNarrowWithAFacet() throws Exception {
        Plan plan = plan();
        browser.get(demo.base().toString());
        wait.until(d -> shownTotal() >= 0);
        WebElement box = browser.findElement(By.id("q"));
        assertEquals("Search vacancies", browser.findElement(By.cssSelector("label[for=q]")).getText());

        box.sendKeys(plan.query(), Keys.ENTER);
        wait.until(d -> shownTotal() == plan.total());
        assertEquals(plan.total(), browser.findElements(By.cssSelector("li.hit")).size());
        assertTrue(browser.getCurrentUrl().contains("q=" + plan.query()), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector("li.hit .snippet mark")).isEmpty(), "snippets highlight");

        WebElement facet = browser.findElements(By.cssSelector("#facets input[type=checkbox]")).stream()
            .filter(e -> plan.dimension().equals(e.getAttribute("data-dimension"))
                && plan.value().equals(e.getAttribute("data-value")))
            .findFirst().orElseThrow(() -> new AssertionError("no checkbox for " + plan));
        facet.click();
        wait.until(d -> shownTotal() == plan.count());

        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertEquals(plan.count(), hits.size());
        for (WebElement hit : hits) {
            assertTrue(matches(hit, plan), () -> "hit " + hit.getAttribute("data-id") + " does not match " + plan);
        }
        assertTrue(browser.findElement(By.cssSelector("#facets input[data-value=\"" + plan.value() + "\"]"))
            .isSelected());
        assertTrue(browser.getCurrentUrl().contains(plan.dimension() + "="), browser.getCurrentUrl());
        screenshot("search-narrowed.png");

        browser.findElement(By.cssSelector("li.hit .more a")).click();
        wait.until(d -> d.findElement(By.id("vacancy")).isDisplayed());
        assertFalse(browser.findElement(By.id("title")).getText().isBlank());
        assertTrue(browser.findElement(By.id("apply")).getAttribute("href").startsWith("http"));
        screenshot("vacancy.png");
    }

    @Test
    void autocompleteIsAKeyboardCombobox() {
        browser.get(demo.base().toString());
        wait.until(d -> shownTotal() >= 0);
        WebElement box = browser.findElement(By.id("q"));
        assertEquals("combobox", box.getAttribute("role"));
        box.sendKeys("nur");
        wait.until(d -> "true".equals(box.getAttribute("aria-expanded")));
        List<WebElement> options = browser.findElements(By.cssSelector("#q-suggestions [role=option]"));
        assertFalse(options.isEmpty());
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(options.get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
        assertEquals("true", options.get(0).getAttribute("aria-selected"));
        String chosen = options.get(0).getText();
        box.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("q="));
        assertEquals(chosen, box.getAttribute("value"));
        assertEquals("false", box.getAttribute("aria-expanded"));
        wait.until(d -> shownTotal() > 0);
    }

    @Test
    void placeRadiusSortAndSingleChoiceFilters() {
        browser.get(demo.base().toString());
        wait.until(d -> shownTotal() >= 0);
        browser.findElement(By.id("place")).sendKeys("Harrogate");
        browser.findElement(By.id("search-button")).click();
        wait.until(d -> d.getCurrentUrl().contains("place=Harrogate"));
        wait.until(d -> shownTotal() > 0);
        new Select(browser.findElement(By.id("sort"))).selectByValue("distance");
        wait.until(d -> d.getCurrentUrl().contains("sort=distance"));
        wait.until(d -> textOf(By.cssSelector("li.hit .meta")).contains("km away"));
        // The place search and the sort change each re-render the facets: click whichever radio is current.
        wait.until(d -> {
            try {
                d.findElement(By.cssSelector("#facets input[data-dimension=posted][data-value='30']")).click();
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
        wait.until(d -> d.getCurrentUrl().contains("posted=30"));
        assertTrue(browser.findElement(By.id("rss-link")).getAttribute("href").contains("place=Harrogate"));
        assertFalse(browser.findElements(By.cssSelector("#facets input[data-dimension=salaryBand]")).isEmpty());
    }

    @Test
    void closedVacancyPageSaysSoAndOffersNoApplyButton() {
        String id = VacancyIds.of("northmere", "NDC-26-0398");
        browser.get(demo.base().resolve("vacancies/" + id).toString());
        wait.until(d -> d.findElement(By.id("vacancy")).isDisplayed());
        assertTrue(browser.findElement(By.id("closed")).isDisplayed());
        assertTrue(browser.findElements(By.id("apply")).isEmpty());
        assertTrue(browser.findElement(By.id("licence")).getText().contains("OGL-UK-3.0"));
    }

    /** Text of the first match, "" while the page is re-rendering it. */
    private static String textOf(By by) {
        try {
            List<WebElement> found = browser.findElements(by);
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    private static boolean matches(WebElement hit, Plan plan) {
        return switch (plan.dimension()) {
            case "language" -> plan.value().equals(hit.getAttribute("data-language"));
            case "employer" -> plan.value().equals(hit.getAttribute("data-employer"));
            case "region" -> plan.value().equals(hit.getAttribute("data-region"));
            case "employmentType" -> List.of(hit.getAttribute("data-employment-types").split(" "))
                .contains(plan.value());
            default -> false;
        };
    }

    private static void screenshot(String name) throws Exception {
        chrome.screenshot(name);
    }
}
