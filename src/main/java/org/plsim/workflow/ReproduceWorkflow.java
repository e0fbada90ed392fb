package org.plsim.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.io.manifest.StudyManifest;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.yaml.ScenarioText;
import org.plsim.reporting.study.ReproductionOutputs;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.study.Reproducer;
import org.plsim.study.Reproduction;
import org.plsim.study.StudyScenario;

/**
 * What {@code plsim reproduce} does: read every study file (or folder of them), reproduce each study with enough
 * paired replicates, and write the reproduction folder ({@code RESULTS_DIR/studies/<UTC time>-<n>-studies/},
 * with the latest report copied beside it, or an exact folder without the copies).
 */
public final class ReproduceWorkflow {
    private final ComponentRegistry components;
    private final int threads;
    private final int maxReplicates;

    public ReproduceWorkflow(ComponentRegistry components, int threads, int maxReplicates) {
        this.components = components;
        this.threads = threads;
        this.maxReplicates = maxReplicates;
    }

    /** Every study file, read and checked, with its text for the manifest; or every problem of every file. */
    public Studies read(List<Path> files) {
        List<Path> paths = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> in = Files.list(f)) {
                    in.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                            .forEach(paths::add);
                } catch (IOException e) {
                    problems.add(f + ": could not list the folder: " + e.getMessage());
                }
            } else {
                paths.add(f);
            }
        }
        if (paths.isEmpty() && problems.isEmpty()) {
            return new Studies(List.of(), List.of(), List.of(files + ": no study files (*.yaml) found"));
        }
        ScenarioReader reader = ScenarioReader.forRunning(components, threads);
        List<StudyScenario> studies = new ArrayList<>();
        List<StudyManifest.Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            try {
                String text = ScenarioText.read(p);
                studies.add(reader.readStudyString(text, p.toString()));
                inputs.add(new StudyManifest.Input(p.toString(), text));
            } catch (ScenarioException e) {
                e.problems().forEach(x -> problems.add(x.toString()));
            } catch (InvalidSpecException e) {
                e.violations().forEach(v -> problems.add(p + ": " + v));
            }
        }
        List<String> ids = studies.stream().map(StudyScenario::id).toList();
        for (String id : ids.stream().distinct().toList()) {
            if (ids.indexOf(id) != ids.lastIndexOf(id)) {
                problems.add("study id '" + id + "' is given by two files; allowed: one file per id");
            }
        }
        return new Studies(studies, inputs, problems);
    }

    /** Reproduces each study in turn (each of its results a row), telling {@code done} after each row. */
    public List<Reproduction> reproduce(List<StudyScenario> studies, StudyDone done) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Reproducer reproducer = new Reproducer(new ScenarioRunner(components, threads), maxReplicates);
        List<Reproduction> rows = new ArrayList<>();
        for (int i = 0; i < studies.size(); i++) {
            long t0 = System.nanoTime();
            for (Reproduction r : reproducer.reproduceEach(studies.get(i), ProgressListener.NONE)) {
                rows.add(r);
                done.reproduced(i + 1, studies.size(), r, (System.nanoTime() - t0) / 1e9);
            }
        }
        return rows;
    }

    /** Writes the reproduction folder whole or not at all; returns it as the user would type it. */
    public Path write(List<Reproduction> rows, List<StudyManifest.Input> inputs, List<String> args, Instant started,
                      Path out, Path resultsDir) throws IOException {
        ReproductionOutputs.Made made = new ReproductionOutputs.Made(inputs, RunEnvironment.detect(Path.of("")),
                args, started, threads, maxReplicates);
        Path folder;
        try (ResultFolder staging = out != null ? ResultFolder.exactly(out)
                : ResultFolder.named(resultsDir.resolve("studies"), ResultPaths.RUN_TIME.format(started) + "-"
                + rows.size() + "-studies")) {
            ReproductionOutputs.write(staging.staging(), rows, made);
            folder = staging.commit();
        }
        if (out == null) {
            ReproductionOutputs.publishLatest(folder, resultsDir.resolve("studies"));
        }
        return ResultPaths.shown(folder);
    }

    /** The studies read, with their files' texts; usable only when there are no problems. */
    public record Studies(List<StudyScenario> studies, List<StudyManifest.Input> inputs, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Told as each study is reproduced: the {@code done}-th of {@code total}, in {@code seconds}. */
    @FunctionalInterface
    public interface StudyDone {
        void reproduced(int done, int total, Reproduction reproduction, double seconds);
    }
}
