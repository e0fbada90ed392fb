package org.plsim.components.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plsim.model.component.CostLine;

/**
 * One component's ingredient cost lines as they are listed, year by year, with the component's name written
 * once. Each component decides which ingredients keep a line at zero dollars ({@link #add}) and which are left
 * out when nothing is spent ({@link #addIfSpent}); the basis texts are formatted locale-free (see {@link #basis}) so
 * cost files read the same on every machine.
 */
public final class CostSheet {
    private final String component;
    private final List<CostLine> lines = new ArrayList<>();

    public CostSheet(String component) {
        this.component = component;
    }

    /** A line whatever it costs, zero included. */
    public void add(String ingredient, int year, double dollars, String basis) {
        lines.add(new CostLine(component, ingredient, year, dollars, basis));
    }

    /** A line only when the ingredient costs something that year. */
    public void addIfSpent(String ingredient, int year, double dollars, String basis) {
        if (dollars > 0) {
            add(ingredient, year, dollars, basis);
        }
    }

    /** The lines so far, in the order added (the list itself, not a copy). */
    public List<CostLine> lines() {
        return lines;
    }

    /**
     * A basis text, e.g. "1,200 devices × $300": {@link String#format} with the root locale's digits and
     * separators. It formats in {@link Locale#US}, whose digits, grouping and decimal separators are the root
     * locale's, because the JDK's formatter groups digits for US without building a number format for every
     * call: a budget fit prices a plan some fifty times, and these texts were most of its time.
     */
    public static String basis(String pattern, Object... args) {
        return String.format(Locale.US, pattern, args);
    }
}
