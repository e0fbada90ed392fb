package org.plsim.web.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The explorer's pages as a test reads them, by the ids the pages give: a control's number box is
 * {@code f-} + its field path with '.' → '-', its slider {@code r-} + that, a grade span's ends {@code …-from}
 * and {@code …-to}; the results are {@code #results} (class {@code preview} until the full run replaces it).
 */
final class ExplorerPage {
    /** The headline figures, by id: the same in the live page and the export. */
    static final List<String> HEADLINE = List.of("run-facts", "effect-math", "ci-math", "percentile-math",
            "kraft-math", "cost-per-tenth-math", "effect-reading", "ci-reading", "risk-math", "risk-reading");

    private final Browser browser;
    private final int port;

    ExplorerPage(Browser browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Opens {@code path} of the server and waits for its full result. */
    ExplorerPage openPlan(String path) {
        browser.open(url(path));
        return settled();
    }

    /** Waits until the full result is shown: no preview, no request pending, nothing being swapped. */
    ExplorerPage settled() {
        browser.until("the full result, nothing pending", d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var r = document.getElementById('results');"
                        + "return !!r && !r.classList.contains('preview') && r.getAttribute('aria-busy') !== 'true'"
                        + " && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"));
        return this;
    }

    static String boxId(String fieldPath) {
        return "f-" + fieldPath.replace('.', '-');
    }

    WebElement box(String fieldPath) {
        return browser.byId(boxId(fieldPath));
    }

    WebElement slider(String fieldPath) {
        return browser.byId("r-" + boxId(fieldPath));
    }

    /** The grade a span's {@code end} ("from" or "to") shows. */
    String grade(String fieldPath, String end) {
        return browser.byId(boxId(fieldPath) + "-" + end).findElement(By.cssSelector("option:checked")).getText();
    }

    void focus(WebElement e) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", e);
    }

    String focusedId() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id");
    }

    /** The headline figures as the page shows them. */
    Map<String, String> headline() {
        Map<String, String> m = new LinkedHashMap<>();
        HEADLINE.forEach(id -> m.put(id, browser.text(id)));
        return m;
    }
}
