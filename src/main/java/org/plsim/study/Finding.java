package org.plsim.study;

import java.util.List;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * One result a study reports: the outcome measured and what the study found for it. A study file has one
 * (its {@code outcome:} and {@code published:}) or several (its {@code outcomes:} list, e.g. math and reading,
 * or graduation and college enrollment), each reproduced and reported on its own row.
 *
 * @param name      the result's name within the study, e.g. {@code math}: lower-case letters, digits and
 *                  underscores; empty only for a study's single result (its rows keep the study's id)
 * @param outcome   measure, subject, follow-up year, grades and subgroup
 * @param published the published estimate with its interval
 * @param knownGap  empty when the model should reproduce it; otherwise why it does not
 */
public record Finding(String name, StudyOutcome outcome, Published published, String knownGap) {
    public Finding {
        name = name == null ? "" : name;
        knownGap = knownGap == null ? "" : knownGap;
        if (!name.isEmpty() && !name.matches("[a-z0-9_]{1,40}")) {
            throw new InvalidSpecException(List.of(new Violation("name", "'" + name + "'",
                    "1-40 lower-case letters, digits and underscores, e.g. math")));
        }
        if (outcome == null || published == null) {
            throw new InvalidSpecException(List.of(new Violation(outcome == null ? "outcome" : "published",
                    "nothing", "a value")));
        }
    }

    public boolean hasKnownGap() {
        return !knownGap.isBlank();
    }
}
