package org.plsim.calibration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;
import org.plsim.study.StudyScenario;

/**
 * What to fit to what: evidence parameters with their bounds, the studies whose published estimates the model
 * should meet (targets), the studies checked with the fitted values but never fitted to (holdout), and how
 * each candidate is evaluated — {@code replicates} paired replicates of every target from root seed
 * {@code seed}, the same run seeds for every candidate (common random numbers).
 *
 * @param name           identifier used in result paths: lower-case letters, digits and dashes
 * @param parameters     the parameters to fit, each id once
 * @param targets        the studies fitted to (in-sample), at least as many as parameters, each id once
 * @param holdout        the studies checked out of sample, none of them a target
 * @param replicates     paired replicates per study per evaluation, 2–10,000
 * @param seed           root seed of every study's replicates (replaces the study files' own seeds)
 * @param maxEvaluations most objective evaluations the optimizer may ask for, 10–10,000
 */
public record Calibration(String name, List<FittedParameter> parameters, List<StudyScenario> targets,
                          List<StudyScenario> holdout, int replicates, long seed, int maxEvaluations) {
    public static final int DEFAULT_REPLICATES = 16;
    public static final long DEFAULT_SEED = 20120101L;
    public static final int DEFAULT_MAX_EVALUATIONS = 60;
    public static final int MIN_EVALUATIONS = 10;

    public Calibration {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        targets = targets == null ? List.of() : List.copyOf(targets);
        holdout = holdout == null ? List.of() : List.copyOf(holdout);
        List<Violation> found = new ArrayList<>();
        if (name == null || !ScenarioSpec.ID.matcher(name).matches()) {
            found.add(new Violation("name", String.valueOf(name), "1-64 lower-case letters, digits and dashes"));
        }
        if (parameters.isEmpty()) {
            found.add(new Violation("parameters", "none", "one or more evidence parameters to fit"));
        }
        if (parameters.stream().map(FittedParameter::id).distinct().count() < parameters.size()) {
            found.add(new Violation("parameters", "a parameter named twice", "each parameter once"));
        }
        if (targets.size() < Math.max(1, parameters.size())) {
            found.add(new Violation("targets", targets.size() + " studies for " + parameters.size() + " parameters",
                    "at least as many target studies as parameters (fewer cannot pin the parameters down)"));
        }
        Set<String> ids = new HashSet<>();
        for (StudyScenario s : targets) {
            if (!ids.add(s.id())) {
                found.add(new Violation("targets", "study '" + s.id() + "' twice", "each study once"));
            }
        }
        for (StudyScenario s : holdout) {
            if (!ids.add(s.id())) {
                found.add(new Violation("holdout", "study '" + s.id() + "' again", "studies that are neither "
                        + "targets nor listed twice (a held-out study is never fitted to)"));
            }
        }
        if (replicates < 2 || replicates > 10_000) {
            found.add(new Violation("replicates", Integer.toString(replicates), "a whole number from 2 to 10000"));
        }
        if (maxEvaluations < MIN_EVALUATIONS || maxEvaluations > 10_000) {
            found.add(new Violation("max_evaluations", Integer.toString(maxEvaluations), "a whole number from "
                    + MIN_EVALUATIONS + " to 10000"));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    /** The parameters' ids, in order. */
    public List<String> ids() {
        return parameters.stream().map(FittedParameter::id).toList();
    }
}
