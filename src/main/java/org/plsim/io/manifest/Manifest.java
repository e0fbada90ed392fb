package org.plsim.io.manifest;

import org.plsim.io.files.Sha256;
import org.plsim.io.input.EvidenceFile;
import org.plsim.io.files.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.analysis.GuardRail;
import org.plsim.experiment.Arm;
import org.plsim.experiment.CostPlan;
import org.plsim.experiment.ReplicateResult;
import org.plsim.experiment.ScenarioResult;
import org.plsim.scenario.ScenarioSpec;

/**
 * {@code manifest.json}: what was run, on what, from which seeds, how long it took, and a SHA-256 of every
 * other file in the folder, so a result can be reproduced ({@code plsim rerun}) and checked for tampering or
 * truncation. It starts with {@code "kind": "run"}. Keys are snake_case and in a fixed order; the evidence values used and the resolved scenario come last because
 * they are the longest.
 *
 * @param evidenceFile the parameter file the scenario's {@code evidence_file} named (path, SHA-256, values), or
 *                     null; its values are in the resolved scenario's evidence already, this says where from
 *                     ({@code evidence_file}, before {@code evidence}, only in manifests of runs that used one)
 */
public record Manifest(String scenarioId, Map<String, Object> scenario, String scenarioSha256,
                       String scenarioSource, long rootSeed, List<Long> runSeeds, RunEnvironment environment,
                       int threads, List<String> commandLine, Instant createdAt, Timings timings,
                       List<OutputFile> files, Map<String, Object> evidence, List<GuardRail> guardRails,
                       Map<String, Object> costs, EvidenceFile evidenceFile) {
    public static final String FILE = "manifest.json";
    /** The manifest's {@code kind}: which command made the folder, so {@code plsim rerun} knows how to re-make it. */
    public static final String KIND = "run";

    public Manifest {
        scenario = Collections.unmodifiableMap(new LinkedHashMap<>(scenario)); // may hold nulls: no Map.copyOf
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        runSeeds = List.copyOf(runSeeds);
        commandLine = List.copyOf(commandLine);
        files = List.copyOf(files);
        guardRails = List.copyOf(guardRails);
        costs = Collections.unmodifiableMap(new LinkedHashMap<>(costs));
    }

    /** The JSON tree, keys in the documented order. */
    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("scenario_id", scenarioId);
        m.put("created_at", createdAt.toString());
        environment.putVersions(m);
        m.put("scenario_source", scenarioSource);
        m.put("scenario_sha256", scenarioSha256);
        m.put("root_seed", rootSeed);
        m.put("replicates", runSeeds.size());
        m.put("run_seeds", runSeeds);
        m.put("command_line", commandLine);
        m.put("threads", threads);
        environment.putMachine(m);
        m.put("timings", timings.toTree());
        m.put("files", files.stream().map(OutputFile::toTree).toList());
        m.put("guard_rails", guardRailTree(guardRails));
        m.put("costs", costs);
        if (evidenceFile != null) {
            m.put("evidence_file", evidenceFile.toTree());
        }
        m.put("evidence", evidence);
        m.put("scenario", scenario);
        return m;
    }

    public void write(Path file) throws IOException {
        JsonText.write(file, toTree());
    }

    /** The guard-rail flags as the manifests record them: code and message each. */
    static List<Map<String, Object>> guardRailTree(List<GuardRail> flags) {
        return flags.stream().map(g -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("code", g.code());
            one.put("message", g.message());
            return one;
        }).toList();
    }

    /**
     * The evidence the run used: the uncertainty mode, the SHA-256 of the registry file, and per replicate
     * (with its run seed) every parameter's value, id → value in registry order.
     */
    public static Map<String, Object> evidence(ScenarioResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", result.spec().uncertainty().label());
        m.put("registry_sha256", result.replicates().isEmpty() ? null
                : result.replicates().get(0).evidence().registrySha256());
        List<Object> replicates = new ArrayList<>();
        for (ReplicateResult r : result.replicates()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("replicate", r.key().replicate());
            one.put("run_seed", r.key().runSeed());
            one.put("values", r.evidence().values());
            replicates.add(one);
        }
        m.put("replicates", replicates);
        return m;
    }

    /** The run seed of each replicate, in replicate order. */
    /**
     * The plan's costs at central prices: dollars by school year and by component over the grant years
     * (the budget's, or all years without one), and dollars per enrolled student per year.
     */
    public static Map<String, Object> costs(ScenarioResult result) {
        CostPlan plan = result.review().costs();
        ScenarioSpec spec = result.spec();
        int grantYears = spec.budget() == null ? spec.years() : Math.min(spec.years(), spec.budget().grantYears());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", "US dollars (ingredients method, central evidence prices)");
        m.put("students", plan.students());
        List<Object> years = new ArrayList<>();
        for (int y = 1; y <= spec.years(); y++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("year", y);
            one.put("dollars", plan.dollars(y));
            one.put("dollars_per_student", plan.perStudent(y));
            years.add(one);
        }
        m.put("by_year", years);
        m.put("grant_years", grantYears);
        m.put("by_component_over_grant_years", plan.byComponent(grantYears));
        if (spec.budget() != null) {
            m.put("budget_total_dollars", spec.budget().totalDollars());
        }
        return m;
    }

    public static List<Long> runSeeds(ScenarioResult result) {
        return result.replicates().stream().map(r -> r.key().runSeed()).toList();
    }

    /**
     * How long the run took: wall time, model time summed over each arm's models (more than the wall time
     * when arms ran in parallel), and throughput in student-weeks (one student stepped through one week).
     */
    public record Timings(double wallSeconds, double treatmentModelSeconds, double bauModelSeconds,
                          long studentWeeks, double studentStepsPerSecond) {
        public static Timings of(ScenarioResult result) {
            double wall = result.wallNanos() / 1e9;
            long weeks = 2L * result.replicates().size() * result.spec().studentWeeks();
            return new Timings(wall, modelSeconds(result, Arm.TREATMENT), modelSeconds(result, Arm.BAU), weeks,
                    wall > 0 ? weeks / wall : 0);
        }

        private static double modelSeconds(ScenarioResult result, Arm arm) {
            return result.replicates().stream().mapToLong((ReplicateResult r) -> r.nanos().get(arm)).sum() / 1e9;
        }

        Map<String, Object> toTree() {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put(Arm.TREATMENT.label(), treatmentModelSeconds);
            model.put(Arm.BAU.label(), bauModelSeconds);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("wall_seconds", wallSeconds);
            m.put("model_seconds", model);
            m.put("student_weeks", studentWeeks);
            m.put("student_steps_per_second", studentStepsPerSecond);
            return m;
        }
    }

    /** One file of the result folder with its SHA-256 (hex) and size in bytes. */
    public record OutputFile(String name, String sha256, long bytes) {
        public static OutputFile of(Path file) throws IOException {
            return new OutputFile(file.getFileName().toString(), Sha256.ofFile(file), Files.size(file));
        }

        Map<String, Object> toTree() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("sha256", sha256);
            m.put("bytes", bytes);
            return m;
        }
    }
}
