package org.plsim.reporting;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.plsim.analysis.ComparedEffect;
import org.plsim.analysis.PlanComparison;
import org.plsim.io.csv.ComparisonCsv;
import org.plsim.io.files.AtomicFile;
import org.plsim.io.manifest.ComparisonManifest;
import org.plsim.io.manifest.Manifest;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subject;
import org.plsim.reporting.svg.ChartSeries;
import org.plsim.reporting.svg.ComparisonSvg;
import org.plsim.reporting.svg.EffectTrajectorySvg;

/**
 * Two plans run from the same seeds and compared, and the folder they leave: {@code comparison.csv}, the paired
 * difference B − A on achievement by year ({@code comparison.svg}), each subject's effect of A beside B's
 * ({@code trajectory-math.svg}, {@code trajectory-reading.svg}) and a manifest listing them with their hashes.
 *
 * @param aligned what B's file said that was replaced with A's value, for the manifest and the summary
 */
public record ComparisonReport(RunReport a, RunReport b, PlanComparison comparison,
                               List<ComparisonManifest.Aligned> aligned) {
    public static final String COMPARISON_SVG = "comparison.svg";
    /** The files {@link #writeTo} writes, manifest last (it hashes the others). */
    public static final List<String> FILES = List.of(ComparisonCsv.FILE, COMPARISON_SVG, trajectoryFile(Subject.MATH),
            trajectoryFile(Subject.READING), ComparisonManifest.FILE);

    public ComparisonReport {
        aligned = List.copyOf(aligned);
    }

    /**
     * Pairs the two runs' effects by replicate and key.
     *
     * @throws IllegalArgumentException when they did not run from the same seeds
     */
    public static ComparisonReport of(RunReport a, RunReport b, List<ComparisonManifest.Aligned> aligned) {
        return new ComparisonReport(a, b, PlanComparison.of(a.effects(), b.effects()), aligned);
    }

    static String trajectoryFile(Subject s) {
        return "trajectory-" + s.label() + ".svg";
    }

    /** The legend's name of plan A: {@code A (all-four)}. */
    public String nameA() {
        return "A (" + a.spec().id() + ")";
    }

    public String nameB() {
        return "B (" + b.spec().id() + ")";
    }

    /** Achievement of all students in all grades in one subject, by year: what the charts draw. */
    public List<ComparedEffect> achievement(Subject subject) {
        return comparison.headline(Measure.ACHIEVEMENT).stream().filter(e -> e.key().subject() == subject).toList();
    }

    /** B − A on achievement by year, math and reading, with bands and a zero line. */
    public String comparisonSvg() {
        return ComparisonSvg.render("comparison", "B − A: effect on achievement, paired by seed", List.of(
                ChartSeries.differences("B − A, math", achievement(Subject.MATH)),
                ChartSeries.differences("B − A, reading", achievement(Subject.READING))));
    }

    /** A's and B's effects on one subject by year, with bands. */
    public String trajectorySvg(Subject subject) {
        List<ComparedEffect> rows = achievement(subject);
        return EffectTrajectorySvg.render("trajectory-" + subject.label(), "Effect on " + subject.label()
                + " achievement: A and B", List.of(ChartSeries.planA(nameA(), rows), ChartSeries.planB(nameB(), rows)));
    }

    /** Writes every file of {@link #FILES} into {@code folder}. */
    public void writeTo(Path folder, Provenance provenanceA, Provenance provenanceB) throws IOException {
        ComparisonCsv.write(folder.resolve(ComparisonCsv.FILE), a.spec().id(), b.spec().id(), comparison);
        AtomicFile.writeString(folder.resolve(COMPARISON_SVG), comparisonSvg() + "\n");
        for (Subject s : Subject.TESTED) {
            AtomicFile.writeString(folder.resolve(trajectoryFile(s)), trajectorySvg(s) + "\n");
        }
        List<Manifest.OutputFile> files = new ArrayList<>();
        for (String name : FILES) {
            if (!name.equals(ComparisonManifest.FILE)) {
                files.add(Manifest.OutputFile.of(folder.resolve(name)));
            }
        }
        Instant created = provenanceA.createdAt();
        new ComparisonManifest(created, RunEnvironment.detect(provenanceA.workingDirectory()),
                provenanceA.commandLine(), provenanceA.threads(), wallSeconds(), files,
                plan(a, provenanceA), plan(b, provenanceB), aligned).write(folder.resolve(ComparisonManifest.FILE));
    }

    /** Seconds running both plans' replicates, as the manifest records and the summary prints them. */
    public double wallSeconds() {
        return (a.result().wallNanos() + b.result().wallNanos()) / 1e9;
    }

    private static ComparisonManifest.Plan plan(RunReport r, Provenance p) {
        return new ComparisonManifest.Plan(p.scenarioSource(), r.result(), r.guardRails(), p.evidenceFile());
    }
}
