package org.plsim.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (bundled in its Selenium jar, run inside the page) on the WCAG 2.1 A and AA rules. axe finds only
 * part of WCAG's problems: keyboard use and a table beside every chart are tested separately.
 */
final class Axe {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa");

    private Axe() {
    }

    /** The page's violations, one line each: rule, impact, what it asks, where. */
    static List<String> violations(WebDriver driver) {
        return check(driver).getViolations().stream().map(Axe::describe).toList();
    }

    /**
     * Asserts that axe ran on the page and found no violation; what it could not decide (for a person to
     * review, e.g. contrast over a background it cannot see) goes to stdout.
     */
    static void assertNoViolations(WebDriver driver, String state) {
        Results r = check(driver);
        assertFalse(r.isErrored(), () -> "axe-core could not check " + state + ": " + r.getErrorMessage());
        assertFalse(r.getPasses().isEmpty(), "axe-core checked " + state);
        assertEquals(List.of(), r.getViolations().stream().map(Axe::describe).toList(),
                "axe-core (WCAG 2.1 AA) on " + state);
        if (!r.getIncomplete().isEmpty()) {
            System.out.println("axe-core on " + state + ", for a person to review: " + r.getIncomplete().stream()
                    .map(v -> v.getId() + " (" + v.getNodes().size() + ")").collect(Collectors.joining(", ")));
        }
    }

    private static Results check(WebDriver driver) {
        return new AxeBuilder().withTags(TAGS).analyze(driver);
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream()
                .map(n -> n.getTarget() + " " + n.getFailureSummary()).collect(Collectors.joining("; "));
    }
}
