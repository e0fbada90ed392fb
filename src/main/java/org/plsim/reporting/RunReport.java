package org.plsim.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plsim.analysis.EffectSummaries;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.GuardRail;
import org.plsim.analysis.GuardRails;
import org.plsim.analysis.PairedEffect;
import org.plsim.analysis.PairedEffects;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ReplicateResult;
import org.plsim.experiment.ScenarioResult;
import org.plsim.io.csv.CostsCsv;
import org.plsim.io.csv.EffectsCsv;
import org.plsim.io.files.AtomicFile;
import org.plsim.io.manifest.Manifest;
import org.plsim.io.csv.OutcomeCsv;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.io.csv.SummaryCsv;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.scenario.ScenarioSpec;

/**
 * A finished scenario run with its paired effects and their summaries, and the files it leaves: three
 * tidy CSVs, the trajectory chart as PNG and SVG, the effect chart as SVG, a one-page {@code report.html}, and a
 * manifest listing them all with their hashes.
 *
 * <pre>{@code
 * RunReport report = RunReport.of(new ScenarioRunner(registry, 4).run(spec, ProgressListener.NONE));
 * report.writeTo(folder, provenance);
 * }</pre>
 */
public record RunReport(ScenarioResult result, List<PairedEffect> effects, List<EffectSummary> summaries,
                        List<GuardRail> guardRails) {
    /** The files {@link #writeTo} always writes, manifest last (it hashes the others). */
    public static final List<String> FILES = List.of(OutcomeCsv.FILE, EffectsCsv.FILE, SummaryCsv.FILE,
            TrajectoryChart.PNG, TrajectoryChart.SVG, EffectChart.SVG, RunPage.FILE, Manifest.FILE);
    /** The files written after the CSVs, whose hashes are taken once they are written. */
    private static final List<String> LATER_FILES = List.of(TrajectoryChart.PNG, TrajectoryChart.SVG,
            EffectChart.SVG, RunPage.FILE);

    public RunReport {
        effects = List.copyOf(effects);
        summaries = List.copyOf(summaries);
        guardRails = List.copyOf(guardRails);
    }

    /** Pairs every replicate's arms and summarizes the effects over replicates. */
    public static RunReport of(ScenarioResult result) {
        List<PairedEffect> effects = new ArrayList<>();
        for (ReplicateResult r : result.replicates()) {
            effects.addAll(PairedEffects.pair(r.key().replicate(), r.key().runSeed(), r.arm(Arm.TREATMENT),
                    r.arm(Arm.BAU)));
        }
        List<EffectSummary> summaries = EffectSummaries.of(effects);
        return new RunReport(result, effects, summaries, GuardRails.check(summaries, result.review().outOfRange(),
                result.review().beyondEvidence()));
    }

    /** The files this run writes: {@link #FILES}, and {@code costs.csv} when a component is switched on. */
    public List<String> files() {
        if (spec().components().isEmpty()) {
            return FILES;
        }
        List<String> names = new ArrayList<>(FILES);
        names.add(names.size() - 1, CostsCsv.FILE);
        return names;
    }

    public ScenarioSpec spec() {
        return result.spec();
    }

    /** Achievement of all students in all grades, by year and subject: the rows to lead with. */
    public List<EffectSummary> achievement() {
        return EffectSummaries.headline(summaries, Measure.ACHIEVEMENT);
    }

    /**
     * Achievement of the students served (reached by at least one component) by year and subject, the
     * effect on the treated; empty when no one is served (no components, or none started).
     */
    public List<EffectSummary> servedAchievement() {
        return EffectSummaries.headline(summaries, Measure.ACHIEVEMENT, Subgroup.SERVED);
    }

    /** Mean number of students served in the plan's arm in {@code year} (0 when none), over replicates. */
    public double servedStudents(int year) {
        return result.replicates().stream().mapToDouble(r -> r.arm(Arm.TREATMENT).stream()
                .filter(o -> o.measure() == Measure.ENROLLMENT && o.year() == year && o.group() == Subgroup.SERVED
                        && o.grade() == Outcome.ALL_GRADES)
                .mapToDouble(Outcome::value).findFirst().orElse(0)).average().orElse(0);
    }

    /** Growth over each school year of all students in all grades, by year and subject. */
    public List<EffectSummary> yearlyGain() {
        return EffectSummaries.headline(summaries, Measure.GAIN);
    }

    /**
     * Writes every file of {@link #FILES} into {@code folder}. The level chart is drawn (PNG, then SVG) on a
     * thread of its own while the CSVs are written, the effect chart on another, and the manifest's facts about
     * the machine and the scenario are gathered on two more; the page is put together from them all. Every file
     * is the same as if each were written in turn, and none is being written when this returns or throws.
     */
    public void writeTo(Path folder, Provenance provenance) throws IOException {
        String id = spec().id();
        Background<Void> chart = Background.start("plsim-chart", () -> {
            TrajectoryChart.write(TrajectoryChart.of(id, summaries), folder.resolve(TrajectoryChart.PNG),
                    folder.resolve(TrajectoryChart.SVG));
            return null;
        });
        Background<String> effectChart = Background.start("plsim-effect-chart", () -> {
            String svg = EffectChart.svg(id, summaries);
            AtomicFile.writeString(folder.resolve(EffectChart.SVG), svg + "\n");
            return svg;
        });
        try {
            Background<RunEnvironment> environment = Background.start("plsim-environment",
                    () -> RunEnvironment.detect(provenance.workingDirectory()));
            Background<String> scenarioHash = Background.start("plsim-scenario-hash",
                    () -> ScenarioFormat.sha256(spec()));
            OutcomeCsv.write(folder.resolve(OutcomeCsv.FILE), result);
            EffectsCsv.write(folder.resolve(EffectsCsv.FILE), id, effects);
            SummaryCsv.write(folder.resolve(SummaryCsv.FILE), id, summaries);
            if (!spec().components().isEmpty()) {
                CostsCsv.write(folder.resolve(CostsCsv.FILE), id, result.review().costs());
            }
            Map<String, Manifest.OutputFile> hashed = new HashMap<>(); // the CSVs' while the chart is drawn
            for (String name : files()) {
                if (!LATER_FILES.contains(name) && !name.equals(Manifest.FILE)) {
                    hashed.put(name, Manifest.OutputFile.of(folder.resolve(name)));
                }
            }
            chart.join();
            RunEnvironment machine = environment.join();
            String hash = scenarioHash.join();
            AtomicFile.writeString(folder.resolve(RunPage.FILE), new RunPage(this, hash, machine, effectChart.join(),
                    Files.readAllBytes(folder.resolve(TrajectoryChart.PNG))).html());
            List<Manifest.OutputFile> files = new ArrayList<>();
            for (String name : files()) {
                if (!name.equals(Manifest.FILE)) {
                    Manifest.OutputFile file = hashed.get(name);
                    files.add(file != null ? file : Manifest.OutputFile.of(folder.resolve(name)));
                }
            }
            new Manifest(id, ScenarioFormat.toTree(spec()), hash, provenance.scenarioSource(),
                    spec().seed(), Manifest.runSeeds(result), machine, provenance.threads(),
                    provenance.commandLine(), provenance.createdAt(), Manifest.Timings.of(result), files,
                    Manifest.evidence(result), guardRails, Manifest.costs(result), provenance.evidenceFile())
                    .write(folder.resolve(Manifest.FILE));
        } finally {
            chart.settle(); // on failure too: nothing may still be writing into the folder when it is removed
            effectChart.settle();
        }
    }
}
