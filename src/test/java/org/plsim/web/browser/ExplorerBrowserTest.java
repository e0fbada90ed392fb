package org.plsim.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Subject;
import org.plsim.web.Explorer;
import org.plsim.web.ExplorerServer;
import org.plsim.web.Projection;
import org.plsim.web.TinyShipped;

/**
 * The explorer as a reviewer meets it, in a real (headless) Chromium: a link restores its view, a slider moved
 * by keyboard updates the numbers and the address, the export opens from a file without script and shows the
 * same numbers, and axe-core finds no WCAG 2.1 AA violation. The served numbers are checked against a second
 * explorer that is never served (a fresh computation of the same state). Screenshots of each state go to
 * {@code target/explorer-screenshots/} for review. Skipped without Chromium (failed with {@code CI} set).
 */
class ExplorerBrowserTest {
    private static final String BASE = "/plan?base=" + TinyShipped.GRANTEE;
    private static final String COVERAGE = "components.blended_learning.rollout.coverage";
    private static final String MATH_MINUTES = "components.blended_learning.adaptive_minutes_per_week.math";
    private static final String THRESHOLD = "components.competency_progression.mastery_threshold";
    private static final String CP_GRADES = "components.competency_progression.rollout.grades";
    private static final Explorer.Limits LIMITS = new Explorer.Limits(2, 120_000, 200_000, 8, 2);

    @TempDir
    static Path dir;
    static ExplorerServer server;
    /** Never served: what the numbers of a state are, computed anew. */
    static Explorer fresh;
    static Browser browser;
    ExplorerPage page;

    @BeforeAll
    static void serve() throws IOException {
        server = ExplorerServer.start(TinyShipped.explorer(dir.resolve("served"), LIMITS), "127.0.0.1", 0);
        fresh = TinyShipped.explorer(dir.resolve("fresh"), LIMITS);
    }

    @BeforeEach
    void browser() throws IOException {
        browser = Browser.require(browser);
        page = new ExplorerPage(browser, server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close(); // and its explorer
            }
            if (fresh != null) {
                fresh.close();
            }
        }
    }

    @Test
    void aLinkWithChangedFields_opensWithThoseValues_andTheNumbersOfAFreshRun() throws IOException {
        String query = "base=tiny-grantee&" + COVERAGE + "=0.6&" + THRESHOLD + "=0.9&" + CP_GRADES + "=7-11"
                + "&seed=11&replicates=3";
        page.openPlan("/plan?" + query);
        assertEquals("0.6", page.box(COVERAGE).getAttribute("value"));
        assertEquals("0.6", page.slider(COVERAGE).getAttribute("value"), "the slider shows the box's value");
        assertEquals("0.9", page.box(THRESHOLD).getAttribute("value"));
        assertEquals(List.of("7", "11"), List.of(page.grade(CP_GRADES, "from"), page.grade(CP_GRADES, "to")));
        assertEquals("11", browser.byId("f-seed").getAttribute("value"));
        assertEquals("3", browser.byId("f-replicates").getAttribute("value"));
        assertTrue(browser.byId("f-components-blended_learning-enabled").isSelected());
        assertTrue(browser.text("run-facts").startsWith("3 simulated futures"), browser.text("run-facts"));
        assertHeadlineIsAFreshRunOf(query);
        assertTrue(browser.byId("permalink").getAttribute("href").startsWith(page.url("/plan?" + query)),
                "the permalink is the link opened, canonical");
        browser.screenshot("3-plan-from-a-link");
    }

    @Test
    void aSliderMovedByKeyboard_updatesTheNumbersAndTheAddress() throws IOException {
        page.openPlan(BASE + "&seed=5&replicates=2");
        String before = browser.text("effect-math");
        WebElement slider = page.slider(COVERAGE);
        String from = slider.getAttribute("value");
        page.focus(slider);
        long pressed = System.nanoTime();
        slider.sendKeys(Collections.nCopies(20, Keys.ARROW_LEFT).toArray(Keys[]::new));
        String to = slider.getAttribute("value");
        assertNotEquals(from, to, "the arrow keys move the slider");
        assertEquals(to, page.box(COVERAGE).getAttribute("value"), "the box follows the slider");
        browser.until("the address names the new coverage", d -> d.getCurrentUrl().contains(COVERAGE + "=" + to));
        page.settled();
        browser.record("keyboard change to settled numbers (20 key presses, htmx 300 ms debounce, preview then full run)",
                System.nanoTime() - pressed);
        assertEquals(slider.getAttribute("id"), page.focusedId(), "the focus stays on the slider");
        assertNotEquals(before, browser.text("effect-math"), "fewer students reached, another effect");
        assertHeadlineIsAFreshRunOf(URI.create(browser.url()).getRawQuery());
        browser.screenshot("4-after-the-keyboard");
    }

    /**
     * The comparison on the page: B (this plan) − A (as proposed), same seeds, read by its ids: {@code compare} (the section), {@code compare-a-math}, {@code compare-b-math},
     * {@code diff-math} (B − A), {@code diff-ci-math} (its paired 95% interval) and
     * {@code narrowing-math} (how much narrower than two separate intervals, "… narrower …").
     */
    @Test
    void theComparison_showsBMinusA_fromTheSameSeeds() throws IOException {
        double a = number(page.openPlan(BASE + "&seed=5&replicates=3").headline().get("effect-math"));
        double b = number(page.openPlan(BASE + "&" + THRESHOLD + "=0.95&seed=5&replicates=3").headline()
                .get("effect-math"));
        assertTrue(browser.byId("compare").isDisplayed());
        assertEquals(a, number(browser.text("compare-a-math")), 0.0005, "A: as proposed, same seeds");
        assertEquals(b, number(browser.text("compare-b-math")), 0.0005, "B: this plan");
        double diff = number(browser.text("diff-math"));
        assertEquals(b - a, diff, 0.0015, "B − A (each shown to 0.001)");
        List<Double> ci = numbers(browser.text("diff-ci-math"));
        assertTrue(ci.size() == 2 && ci.get(0) <= diff && diff <= ci.get(1), "the paired 95% interval holds B − A: " + ci);
        assertTrue(browser.text("narrowing-math").contains("narrower"), browser.text("narrowing-math"));
        browser.screenshot("7-compare");
    }

    @Test
    void theExport_opensFromAFileWithoutScript_withTheLivePagesNumbers() throws Exception {
        Map<String, String> live = page.openPlan(BASE + "&" + THRESHOLD + "=0.9&seed=3&replicates=2").headline();
        String href = browser.byId("export-view-html").getAttribute("href");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .timeout(Browser.WAIT).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        Path file = Files.createDirectories(Path.of("target", "explorer-export")).resolve("view.html");
        Files.writeString(file, r.body());
        browser.open(file.toUri().toString());
        assertTrue(browser.url().startsWith("file:"));
        assertEquals(List.of(), browser.driver().findElements(By.tagName("script")), "no script in an export");
        assertTrue(browser.text("view-query").contains(THRESHOLD + "=0.9&seed=3&replicates=2"), "the view it exports");
        assertEquals(live, page.headline(), "the export shows the live page's numbers");
        browser.screenshot("6-export-from-file");
    }

    @Test
    void theStartPage_hasNoAccessibilityViolations() throws IOException {
        browser.open(page.url("/"));
        browser.until("the start page", d -> !d.findElements(By.id("base-tiny-grantee")).isEmpty());
        Axe.assertNoViolations(browser.driver(), "the start page");
        browser.screenshot("1-start");
        // the check itself: an input without a label is a violation it reports
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text id=unlabelled>')");
        List<String> broken = Axe.violations(browser.driver());
        assertTrue(broken.stream().anyMatch(v -> v.startsWith("label ")), "axe-core missed an unlabelled input: "
                + broken);
    }

    @Test
    void thePlanAsProposed_hasNoAccessibilityViolations() throws IOException {
        browser.open(page.url("/"));
        browser.byId("base-tiny-grantee").click();
        browser.until("the plan page", d -> !d.findElements(By.id("controls")).isEmpty());
        page.settled();
        Axe.assertNoViolations(browser.driver(), "the plan as proposed");
        browser.screenshot("2-plan-as-proposed");
    }

    @Test
    void aPlanWithAGuardRailWarning_hasNoAccessibilityViolations() throws IOException {
        page.openPlan(BASE + "&seed=5&replicates=2");
        WebElement minutes = page.box(MATH_MINUTES);
        minutes.clear();
        minutes.sendKeys("250");
        String warning = "warn-" + MATH_MINUTES.replace('.', '-');
        browser.until("a guard-rail warning at the math minutes", d -> d.findElement(By.id(warning)).getText()
                .contains("beyond the"));
        browser.until("the address names the new minutes", d -> d.getCurrentUrl().contains(MATH_MINUTES + "=250"));
        page.settled();
        Axe.assertNoViolations(browser.driver(), "a plan with a guard-rail warning");
        browser.screenshot("5-guard-rail-warning");
    }

    /** The page's headline effects are those of the state {@code query} names, computed anew. */
    private static void assertHeadlineIsAFreshRunOf(String query) {
        Projection p = fresh.projection(fresh.resolve(fresh.state(parse(query))));
        for (Subject s : Subject.TESTED) {
            MeanEstimate e = p.achievement(p.finalYear(), s).orElseThrow().effect();
            assertEquals(String.format(Locale.ROOT, "%+.3f SD", e.mean()), browser.text("effect-" + s.label()), s.label());
            assertEquals(String.format(Locale.ROOT, "[%+.3f, %+.3f]", e.ciLow(), e.ciHigh()),
                    browser.text("ci-" + s.label()), s.label());
        }
        int[] above = p.futuresAbove(Subject.MATH, Projection.WORTHWHILE_SD);
        assertTrue(browser.text("risk-math").startsWith("In " + above[0] + " of " + above[1] + " simulated futures"),
                browser.text("risk-math"));
    }

    private static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            m.computeIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    /** The first signed decimal in {@code text}, e.g. 0.171 in "+0.171 SD". */
    private static double number(String text) {
        List<Double> all = numbers(text);
        assertFalse(all.isEmpty(), "a number in " + text);
        return all.get(0);
    }

    private static List<Double> numbers(String text) {
        return Pattern.compile("[-+−]?\\d+\\.\\d+").matcher(text).results()
                .map(m -> Double.parseDouble(m.group().replace('−', '-'))).toList();
    }
}
