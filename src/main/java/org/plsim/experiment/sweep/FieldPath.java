package org.plsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * A scenario field path as sweeps name them: dotted keys with list items in brackets
 * ({@code district.schools[1].count}; a grade label for growth norms, {@code business_as_usual.growth_norms.math[K]}),
 * or {@code evidence.<id>}, the override of evidence parameter {@code <id>} — everything after
 * {@code evidence.}, dots and all.
 */
public final class FieldPath {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_]+)((?:\\[[A-Za-z0-9]+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([A-Za-z0-9]+)]");
    private static final String EVIDENCE = "evidence.";
    private static final String COMPONENTS = "components.";

    private FieldPath() {
    }

    /** True when {@code path} is well formed: its segments plain names, list items in brackets. */
    public static boolean wellFormed(String path) {
        if (path.startsWith(EVIDENCE)) {
            return path.length() > EVIDENCE.length();
        }
        for (String segment : path.split("\\.", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The component a path lies in ({@code components.<name>…}), or null. */
    public static String component(String path) {
        if (!path.startsWith(COMPONENTS)) {
            return null;
        }
        String rest = path.substring(COMPONENTS.length());
        int end = rest.indexOf('.');
        String name = end < 0 ? rest : rest.substring(0, end);
        int bracket = name.indexOf('[');
        return bracket < 0 ? name : name.substring(0, bracket);
    }

    /** Map keys (String) and list indices (Integer; a grade label K is 0, as in growth norms). */
    static List<Object> steps(String path) {
        List<Object> out = new ArrayList<>();
        if (path.startsWith(EVIDENCE)) {
            return List.of("evidence", path.substring(EVIDENCE.length()));
        }
        for (String segment : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw problem(path, "'" + segment + "'", "dotted names with list items in brackets, e.g. "
                        + "district.schools[0].count");
            }
            out.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                String label = index.group(1);
                if (label.equalsIgnoreCase("K")) {
                    out.add(0);
                } else if (label.matches("\\d{1,6}")) {
                    out.add(Integer.parseInt(label));
                } else {
                    throw problem(path, "[" + label + "]", "an item number [0], [1] … or the grade [K]");
                }
            }
        }
        return out;
    }

    private static InvalidSpecException problem(String path, String found, String allowed) {
        return new InvalidSpecException(List.of(new Violation(path, found, allowed)));
    }
}
