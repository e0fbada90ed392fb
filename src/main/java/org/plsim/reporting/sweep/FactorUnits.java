package org.plsim.reporting.sweep;

import java.util.List;

/**
 * The unit of a swept factor, in words, read from the setting's name (scenario settings name their unit:
 * {@code adaptive_minutes_per_week.math}, {@code cost_per_student}, {@code enabled}); a name that does not say
 * is shown as "as in the scenario file".
 */
final class FactorUnits {
    /** Name part → unit, first match wins (the longer, more telling parts first). */
    private static final List<String[]> BY_NAME = List.of(
            new String[] {"minutes_per_week", "minutes per week"},
            new String[] {"hours_per_week", "hours per week"},
            new String[] {"per_student", "$ per student per year"},
            new String[] {"dollars", "$"},
            new String[] {"cost", "$"},
            new String[] {"minutes", "minutes"},
            new String[] {"hours", "hours"},
            new String[] {"weeks", "weeks"},
            new String[] {"years", "school years"},
            new String[] {"share", "share 0–1"},
            new String[] {"fraction", "share 0–1"},
            new String[] {"probability", "share 0–1"},
            new String[] {"effect", "SD"},
            new String[] {"enabled", "off 0 / on 1"});

    private FactorUnits() {
    }

    static String of(String factor) {
        String last = factor.substring(factor.lastIndexOf('.', factor.endsWith(".math") || factor.endsWith(".reading")
                ? factor.lastIndexOf('.') - 1 : factor.length()) + 1);
        for (String[] n : BY_NAME) {
            if (last.contains(n[0])) {
                return n[1];
            }
        }
        return "as in the scenario file";
    }
}
