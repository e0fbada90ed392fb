package org.plsim.evidence;

import static org.plsim.scenario.NumberText.compact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * One evidence-based parameter of the model: what it is, in what unit, its central value and uncertainty
 * range, how it is drawn, how far it can be trusted and which sources it rests on. Violations name the
 * field as {@code <id>.<field>}, so that a reader can place them at their lines.
 *
 * @param id           {@code <component>.<name>}, e.g. {@code implementation.scale_attenuation}; a list item
 *                     in brackets, e.g. {@code business_as_usual.growth_norms.math[K]}
 * @param component    the part of the model that reads it: one of {@link #COMPONENTS}
 * @param description  what the parameter means, in a sentence
 * @param unit         its unit, e.g. "SD per year", "share of students"
 * @param central      the value used without uncertainty
 * @param low          the low end of its plausible range (≤ central)
 * @param high         the high end (≥ central)
 * @param distribution how it is drawn from [low, high]; {@code fixed}: never
 * @param grade        reliability of the value, or {@code assumption}
 * @param sources      ids of the sources it rests on, at least one
 * @param note         how the numbers were derived; for an assumption, why; may be empty
 */
public record EvidenceParameter(String id, String component, String description, String unit, double central,
                                double low, double high, Distribution distribution, Grade grade,
                                List<String> sources, String note) {
    /** The parts of the model that read evidence parameters. */
    public static final List<String> COMPONENTS = List.of("implementation", "business_as_usual",
            "blended_learning", "learning_plans", "competency_progression", "partnerships", "costs");
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+(\\[[A-Za-z0-9]+])?");

    public EvidenceParameter {
        sources = sources == null ? List.of() : List.copyOf(sources);
        note = note == null ? "" : note;
        List<Violation> found = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            found.add(new Violation(String.valueOf(id), "the id '" + id + "'",
                    "component.name in lower-case letters, digits and underscores, e.g. implementation.scale_attenuation"));
        } else if (!COMPONENTS.contains(component)) {
            found.add(new Violation(id + ".component", "'" + component + "'", "one of " + String.join(", ", COMPONENTS)));
        } else if (!id.startsWith(component + ".")) {
            found.add(new Violation(id + ".component", "'" + component + "', which does not begin the id",
                    "the id's first part, '" + id.substring(0, id.indexOf('.')) + "'"));
        }
        require(found, description != null && !description.isBlank(), id + ".description", "no description",
                "a sentence saying what the parameter means");
        require(found, unit != null && !unit.isBlank(), id + ".unit", "no unit", "its unit, e.g. SD per year");
        require(found, Double.isFinite(low) && Double.isFinite(high) && low <= high, id + ".low",
                compact(low) + " with high " + compact(high), "a finite number at most high");
        require(found, Double.isFinite(central) && central >= low && central <= high, id + ".central",
                compact(central), "a number from low (" + compact(low) + ") to high (" + compact(high) + ")");
        Support support = Support.of(unit); // the fields are not set yet: read from the parameter
        require(found, !(low <= high) || support.contains(low) && support.contains(high), id + ".low",
                compact(low) + " to " + compact(high) + " for a parameter in " + unit, support.allowed()
                        + " (from its unit)");
        require(found, distribution != null, id + ".distribution", "nothing", Distribution.allowed());
        require(found, grade != null, id + ".grade", "nothing", Grade.allowed(false));
        require(found, !sources.isEmpty(), id + ".sources", "no source", "a list of one or more source ids");
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    /** The values it can take at all (a share from 0 to 1 …), from its unit: what an override must lie in. */
    public Support support() {
        return Support.of(unit);
    }

    /** Never drawn: the central value in every replicate. */
    public boolean fixed() {
        return distribution == Distribution.FIXED;
    }

    /** The stream this parameter is drawn from: its own, so adding a parameter never moves another's draw. */
    public String streamName() {
        return "evidence." + id;
    }

    /** This parameter's value for the run whose streams are {@code streams}: the central value if fixed. */
    public double draw(RandomStreams streams) {
        return fixed() ? central : distribution.draw(low, central, high, streams.get(streamName()));
    }

    private static void require(List<Violation> found, boolean ok, String field, String what, String allowed) {
        if (!ok) {
            found.add(new Violation(field, what, allowed));
        }
    }
}
