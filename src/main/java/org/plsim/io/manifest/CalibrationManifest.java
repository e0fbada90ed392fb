package org.plsim.io.manifest;

import org.plsim.io.files.Sha256;
import org.plsim.io.input.CalibrationInput;
import org.plsim.io.input.CalibrationReader;
import org.plsim.io.files.JsonText;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.input.ScenarioReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.plsim.calibration.CalibrationResult;
import org.plsim.calibration.Evaluation;
import org.plsim.calibration.FittedParameter;
import org.plsim.calibration.OptimiserSettings;
import org.plsim.experiment.RunKey;
import org.plsim.study.StudyScenario;

/**
 * {@code manifest.json} of a calibration folder ({@code kind: calibrate}): the software and command line; the
 * calibration file's text verbatim with its SHA-256, and every study file's; the seed, replicates and each
 * study's run seeds; the optimizer and its settings; start and fitted values, objective before and after, every
 * candidate evaluated; and the SHA-256 of {@code fit.csv} and {@code parameters.yaml}. The texts are enough to
 * do the calibration again without the files ({@link #recorded}).
 */
public final class CalibrationManifest {
    public static final String KIND = "calibrate";

    private CalibrationManifest() {
    }

    public static void write(Path file, CalibrationInput in, CalibrationResult r, CalibrationOutputs.Made made,
                             List<Manifest.OutputFile> files) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("created_at", made.createdAt().toString());
        made.environment().putVersions(m);
        m.put("command_line", made.commandLine());
        m.put("threads", made.threads());
        made.environment().putMachine(m);
        m.put("wall_seconds", made.wallSeconds());
        m.put("files", files.stream().map(Manifest.OutputFile::toTree).toList());
        m.put("name", r.calibration().name());
        m.put("seed", r.calibration().seed());
        m.put("replicates", r.calibration().replicates());
        m.put("max_evaluations", r.calibration().maxEvaluations());
        m.put("optimiser", optimiser(r.optimiser()));
        m.put("objective", ParameterFile.OBJECTIVE);
        m.put("registry_sha256", made.registrySha256());
        m.put("evaluations", r.evaluations());
        m.put("converged", r.converged());
        m.put("objective_before", r.before().objective());
        m.put("objective_after", r.after().objective());
        m.put("parameters", r.calibration().parameters().stream().map(p -> parameter(p, r)).toList());
        m.put("trace", r.trace().stream().map(CalibrationManifest::evaluation).toList());
        Map<String, Object> calibration = new LinkedHashMap<>();
        calibration.put("file", in.file());
        calibration.put("sha256", Sha256.ofText(in.text()));
        calibration.put("text", in.text());
        m.put("calibration", calibration);
        List<StudyScenario> all = new ArrayList<>(r.calibration().targets());
        all.addAll(r.calibration().holdout());
        m.put("studies", IntStream.range(0, all.size()).mapToObj(i -> study(in.studies().get(i), all.get(i), r))
                .toList());
        JsonText.write(file, m);
    }

    /**
     * The calibration as a manifest recorded it, read again from the recorded texts alone (the files need not
     * exist any more): what a rerun needs.
     */
    public static CalibrationInput recorded(Path manifest, ScenarioReader studies) throws IOException,
            ScenarioException {
        JsonNode root = JsonText.read(manifest);
        if (root == null || !KIND.equals(root.path("kind").asText()) || !root.has("calibration")
                || !root.has("studies")) {
            throw new ScenarioException(List.of(new Problem(manifest.toString(), 0, "kind", "found '"
                    + (root == null ? "" : root.path("kind").asText())
                    + "', allowed: the manifest.json of a plsim calibrate folder")));
        }
        Map<String, String> texts = new HashMap<>();
        for (JsonNode s : root.get("studies")) {
            texts.put(s.get("file").asText(), s.get("text").asText());
        }
        JsonNode c = root.get("calibration");
        return new CalibrationReader(studies).readString(c.get("text").asText(), c.get("file").asText(),
                p -> texts.get(p.toString()));
    }

    private static Map<String, Object> optimiser(OptimiserSettings o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", o.method());
        m.put("library", "Apache Commons Math 3.6.1");
        m.put("interpolation_points", o.interpolationPoints());
        m.put("initial_radius", o.initialRadius());
        m.put("tolerance", o.tolerance());
        m.put("max_evaluations", o.maxEvaluations());
        m.put("space", "unit box: (value - low) / (high - low)");
        m.put("fitted_rounding", "6 decimals");
        return m;
    }

    private static Map<String, Object> parameter(FittedParameter p, CalibrationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("low", p.low());
        m.put("high", p.high());
        m.put("start", p.start());
        m.put("fitted", r.fitted().get(p.id()));
        return m;
    }

    private static Map<String, Object> evaluation(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("evaluation", e.number());
        m.put("values", e.values());
        m.put("objective", e.objective());
        m.put("target_means", e.targets().stream().map(t -> t.model().mean()).toList());
        return m;
    }

    private static Map<String, Object> study(CalibrationInput.StudyFile f, StudyScenario s, CalibrationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("in_sample", f.inSample());
        m.put("as_written", f.asWritten());
        m.put("file", f.file());
        m.put("sha256", Sha256.ofText(f.text()));
        m.put("citation", s.study().citation());
        m.put("root_seed", r.calibration().seed());
        m.put("run_seeds", IntStream.range(0, r.calibration().replicates())
                .mapToObj(i -> RunKey.of(s.spec().id(), r.calibration().seed(), i).runSeed()).toList());
        m.put("text", f.text());
        return m;
    }
}
