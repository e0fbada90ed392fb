package org.plsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects range violations while a spec record is built, so that one bad file reports every problem at
 * once. Field names are the YAML keys (snake_case) so messages match what the user wrote.
 */
final class Checks {
    private final List<Violation> found = new ArrayList<>();

    Checks intRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            found.add(new Violation(field, Long.toString(value), "a whole number from " + min + " to " + max));
        }
        return this;
    }

    Checks range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            found.add(new Violation(field, NumberText.compact(value),
                    "a number from " + NumberText.compact(min) + " to " + NumberText.compact(max)));
        }
        return this;
    }

    Checks share(String field, double value) {
        return range(field, value, 0.0, 1.0);
    }

    Checks require(boolean ok, String field, String foundText, String allowed) {
        if (!ok) {
            found.add(new Violation(field, foundText, allowed));
        }
        return this;
    }

    Checks nested(String prefix, Runnable construct) {
        try {
            construct.run();
        } catch (InvalidSpecException e) {
            e.violations().forEach(v -> found.add(v.under(prefix)));
        }
        return this;
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }
}
