package org.plsim.io.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * What one read of one scenario file has found so far: the problems, and the line of every field path
 * seen. The records report violations by field path only; the line map is how those become
 * {@code file:line} messages, and it is filled as the reader walks the file.
 */
public final class Reading {
    public final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Problem> foreign = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, String> overflowed = new HashMap<>();

    public Reading(String file) {
        this.file = file;
    }

    public void line(String path, int line) {
        lines.putIfAbsent(path, line);
    }

    /** Line of {@code path}, else of its nearest ancestor seen (an absent key is reported at its parent). */
    public int lineOf(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return lines.getOrDefault("", 1);
    }

    public void problem(String path, String message) {
        problem(lineOf(path), path, message);
    }

    public void problem(int line, String path, String message) {
        problems.add(new Problem(file, line, path, message));
    }

    /**
     * Something the file allows but that is probably not what was meant; the read goes on. Said as {@code
     * warning: found …, allowed: …} at the field's line.
     */
    public void warning(String path, String message) {
        warnings.add(new Problem(file, lineOf(path), path, "warning: " + message));
    }

    /** The warnings so far, in line order. */
    public List<Problem> warnings() {
        List<Problem> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparingInt(Problem::line));
        return sorted;
    }

    /**
     * A whole number too large for its field's type, passed on to the record as the largest that fits: the
     * record's range violation then says what was written ({@code text}) rather than that stand-in; with no
     * violation (a field without a narrower range), {@link #finish} reports the type's own range.
     */
    void overflowed(String path, String text) {
        overflowed.put(path, text);
    }

    /** Problems found in another file this one refers to (a parameter file, a study): reported after its own. */
    public void foreign(List<Problem> others) {
        foreign.addAll(others);
    }

    public boolean hasProblems() {
        return !problems.isEmpty() || !foreign.isEmpty();
    }

    public int problemCount() {
        return problems.size();
    }

    void register(Block block) {
        blocks.add(block);
    }

    /**
     * Builds a record, turning its violations (paths relative to {@code prefix}) into problems; null when
     * it cannot be built. A violation on a field the reader already reported (say a wrong type, replaced
     * by its default) is a consequence, not a second problem, so it is left out.
     */
    public <T> T build(String prefix, Supplier<T> construct) {
        try {
            return construct.get();
        } catch (InvalidSpecException e) {
            violations(prefix, e.violations());
            return null;
        }
    }

    /** Violations (paths relative to {@code prefix}) as problems at their lines, consequences left out. */
    public void violations(String prefix, List<Violation> violations) {
        for (Violation v : violations) {
            Violation full = v.under(prefix);
            if (!covered(full.field())) {
                problem(full.field(), "found " + overflowed.getOrDefault(full.field(), full.found()) + ", allowed: "
                        + full.allowed());
            }
        }
    }

    /**
     * Reports keys no one asked for, then throws every problem, if there is any: this file's in line order (its
     * warnings among them, as they may explain a problem, but not one on a field in error), then those of the
     * files it refers to.
     */
    public void finish() throws ScenarioException {
        blocks.forEach(Block::reportUnknownKeys);
        overflowed.forEach((path, text) -> {
            if (!covered(path)) {
                problem(path, "found " + text + ", allowed: a whole number from " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE);
            }
        });
        if (hasProblems()) {
            List<Problem> sorted = new ArrayList<>(problems);
            warnings.stream().filter(w -> problems.stream().noneMatch(p -> p.field().equals(w.field())))
                    .forEach(sorted::add); // a warning on a field in error says less than the error
            sorted.sort(Comparator.comparingInt(Problem::line)); // stable: same line keeps finding order
            sorted.addAll(foreign);
            throw new ScenarioException(sorted);
        }
    }

    /** True when a problem is already reported on {@code path}, inside it, or on a field containing it. */
    public boolean covered(String path) {
        return problems.stream().map(Problem::field)
                .anyMatch(p -> p.equals(path) || within(p, path) || within(path, p));
    }

    private static boolean within(String inner, String outer) {
        return !outer.isEmpty() && inner.length() > outer.length() && inner.startsWith(outer)
                && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
