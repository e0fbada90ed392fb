package org.plsim.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A complete, resolved scenario: the question's district, the time horizon, how many paired replicates,
 * the root seed, the grant components switched on, and how the evidence registry's parameters are set.
 * Records validate themselves; the YAML reader only fills them.
 *
 * @param id           identifier used in result paths: lower-case letters, digits and dashes
 * @param title        one line saying what question the scenario asks
 * @param years        school years simulated, 1–12 (RTT-D grants ran 4)
 * @param weeksPerYear instructional weeks per school year, 20–45 (36 is a 180-day year)
 * @param replicates   paired replicates, 1–10,000
 * @param seed         root seed; every random stream of every replicate derives from it
 * @param district     the district at the start
 * @param bau          business-as-usual model parameters
 * @param components   grant components switched on in the treatment arm (empty: business as usual)
 * @param uncertainty  evidence parameters drawn per replicate from their ranges, or held at central values
 * @param evidence     evidence-registry parameter id → the value that replaces its central value or draw;
 *                     which ids exist is the registry's business (checked by the reader), kept sorted by id
 * @param budget       the grant budget the plan must fit, or null for none
 */
public record ScenarioSpec(String id, String title, int years, int weeksPerYear, int replicates, long seed,
                           DistrictSpec district, BusinessAsUsual bau, List<ComponentSpec> components,
                           Uncertainty uncertainty, Map<String, Double> evidence, Budget budget) {

    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** The most paired replicates a scenario may ask for. */
    public static final int MAX_REPLICATES = 10_000;

    public ScenarioSpec {
        components = components == null ? List.of() : List.copyOf(components);
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(evidence));
        Checks checks = new Checks()
                .require(id != null && ID.matcher(id).matches(), "id", String.valueOf(id),
                        "1–64 lower-case letters, digits and dashes, starting with a letter or digit")
                .intRange("years", years, 1, 12)
                .intRange("weeks_per_year", weeksPerYear, 20, 45)
                .intRange("replicates", replicates, 1, MAX_REPLICATES)
                .require(district != null, "district", "nothing", "a district block")
                .require(bau != null, "business_as_usual", "nothing", "business-as-usual parameters")
                .require(components.stream().map(ComponentSpec::name).distinct().count() == components.size(),
                        "components", "a component named twice", "each component at most once")
                .require(uncertainty != null, "uncertainty", "nothing", Uncertainty.allowed());
        evidence.forEach((key, value) -> checks
                .require(!key.isBlank(), "evidence", "an empty parameter id", "parameter ids from the registry")
                .require(value != null && Double.isFinite(value), "evidence." + key, String.valueOf(value),
                        "a finite number"));
        checks.throwIfAny();
    }

    /** A scenario that takes the evidence registry as it is: parameters drawn per replicate, no override. */
    public ScenarioSpec(String id, String title, int years, int weeksPerYear, int replicates, long seed,
                        DistrictSpec district, BusinessAsUsual bau, List<ComponentSpec> components) {
        this(id, title, years, weeksPerYear, replicates, seed, district, bau, components, Uncertainty.EVIDENCE,
                Map.of(), null);
    }

    /** A scenario without a budget. */
    public ScenarioSpec(String id, String title, int years, int weeksPerYear, int replicates, long seed,
                        DistrictSpec district, BusinessAsUsual bau, List<ComponentSpec> components,
                        Uncertainty uncertainty, Map<String, Double> evidence) {
        this(id, title, years, weeksPerYear, replicates, seed, district, bau, components, uncertainty, evidence,
                null);
    }

    public ScenarioSpec withSeed(long newSeed) {
        return new ScenarioSpec(id, title, years, weeksPerYear, replicates, newSeed, district, bau, components,
                uncertainty, evidence, budget);
    }

    public ScenarioSpec withReplicates(int n) {
        return new ScenarioSpec(id, title, years, weeksPerYear, n, seed, district, bau, components, uncertainty,
                evidence, budget);
    }

    /** The same scenario with its evidence parameters drawn ({@code EVIDENCE}) or held central ({@code NONE}). */
    public ScenarioSpec withUncertainty(Uncertainty mode) {
        return new ScenarioSpec(id, title, years, weeksPerYear, replicates, seed, district, bau, components, mode,
                evidence, budget);
    }

    /** The same scenario with these evidence overrides (id → value) in place of its own. */
    public ScenarioSpec withEvidence(Map<String, Double> overrides) {
        return new ScenarioSpec(id, title, years, weeksPerYear, replicates, seed, district, bau, components,
                uncertainty, overrides, budget);
    }

    /** The same scenario with these components switched on in place of its own. */
    public ScenarioSpec withComponents(List<ComponentSpec> switchedOn) {
        return new ScenarioSpec(id, title, years, weeksPerYear, replicates, seed, district, bau, switchedOn,
                uncertainty, evidence, budget);
    }

    /** The same scenario with this budget (null: none). */
    public ScenarioSpec withBudget(Budget newBudget) {
        return new ScenarioSpec(id, title, years, weeksPerYear, replicates, seed, district, bau, components,
                uncertainty, evidence, newBudget);
    }

    /** The same scenario with no grant component: the business-as-usual arm. */
    public ScenarioSpec businessAsUsual() {
        return withComponents(List.of());
    }

    /** Student-weeks simulated per arm per replicate (for progress and benchmarks). */
    public long studentWeeks() {
        return district.students() * years * (long) weeksPerYear;
    }
}
