package org.plsim.io.manifest;

import org.plsim.io.files.AtomicFile;
import org.plsim.io.csv.Decimals;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.Version;
import org.plsim.calibration.CalibrationResult;
import org.plsim.calibration.FittedParameter;
import org.plsim.calibration.StudyFit;
import org.plsim.scenario.NumberText;

/**
 * {@code parameters.yaml} of a calibration folder: the fitted values as an {@code evidence:} map a scenario
 * takes with {@code evidence_file:}, then a {@code calibration:} block saying how they were fitted — the
 * calibration file's SHA-256, PLSim and model versions, the registry's SHA-256, seed, replicates, optimizer,
 * objective before and after, each parameter's start and bounds, and each study's fit. Scenarios read only
 * {@code evidence:}. No timestamp (the manifest beside it has one): the same calibration gives the same bytes.
 * The fitted values are written exactly (they were rounded to 6 decimals before the fit was evaluated), so
 * a scenario runs with the very values the fit reports.
 */
public final class ParameterFile {
    public static final String FILE = "parameters.yaml";
    public static final String OBJECTIVE = "sum over targets of ((model mean - published estimate) / "
            + "(half the published interval's width))^2";

    private ParameterFile() {
    }

    public static void write(Path file, CalibrationResult r, String calibrationSha256, String registrySha256)
            throws IOException {
        StringBuilder y = new StringBuilder();
        String name = r.calibration().name();
        y.append("# Evidence parameters fitted by plsim calibrate (calibration ").append(name).append(").\n")
                .append("# A scenario uses them with `evidence_file: <path to this file>` (relative to the scenario\n")
                .append("# file); the scenario's own evidence: keys win over these. Scenarios read only evidence:;\n")
                .append("# calibration: records how the values were fitted. When and where: manifest.json beside it.\n")
                .append("evidence:\n");
        r.fitted().forEach((id, v) -> y.append("  ").append(id).append(": ").append(exact(v)).append('\n'));
        y.append("calibration:\n")
                .append("  name: ").append(name).append('\n')
                .append("  calibration_sha256: ").append(calibrationSha256).append('\n')
                .append("  plsim_version: \"").append(Version.PLSIM).append("\"\n")
                .append("  model_version: \"").append(Version.MODEL).append("\"\n")
                .append("  registry_sha256: ").append(registrySha256).append('\n')
                .append("  seed: ").append(r.calibration().seed()).append('\n')
                .append("  replicates: ").append(r.calibration().replicates()).append('\n')
                .append("  optimiser: ").append(r.optimiser().method()).append('\n')
                .append("  evaluations: ").append(r.evaluations()).append('\n')
                .append("  converged: ").append(r.converged()).append('\n')
                .append("  objective: \"").append(OBJECTIVE).append("\"\n")
                .append("  objective_before: ").append(Decimals.fixed(r.before().objective())).append('\n')
                .append("  objective_after: ").append(Decimals.fixed(r.after().objective())).append('\n')
                .append("  parameters:\n");
        for (FittedParameter p : r.calibration().parameters()) {
            y.append("    - {id: ").append(p.id()).append(", fitted: ").append(exact(r.fitted().get(p.id())))
                    .append(", start: ").append(exact(p.start())).append(", low: ").append(exact(p.low()))
                    .append(", high: ").append(exact(p.high())).append("}\n");
        }
        studies(y, "targets", r.targets());
        studies(y, "holdout", r.holdout());
        AtomicFile.writeString(file, y.toString());
    }

    private static void studies(StringBuilder y, String key, List<StudyFit> fits) {
        y.append("  ").append(key).append(':').append(fits.isEmpty() ? " []\n" : "\n");
        for (StudyFit f : fits) {
            var p = f.study().study().published();
            y.append("    - {study: ").append(f.id()).append(", published: ").append(Decimals.fixed(p.estimate()))
                    .append(", low: ").append(Decimals.fixed(p.low())).append(", high: ").append(Decimals.fixed(p.high()))
                    .append(", before: ").append(Decimals.fixed(f.before().model().mean())).append(", after: ")
                    .append(Decimals.fixed(f.after().model().mean())).append(", term_before: ")
                    .append(Decimals.fixed(f.termBefore())).append(", term_after: ").append(Decimals.fixed(f.termAfter()))
                    .append(", verdict: ").append(f.after().verdict().label()).append("}\n");
        }
    }

    /** The shortest decimal text that reads back as exactly {@code v} (e.g. 0.213457, 5, 4.5). */
    static String exact(double v) {
        String s = NumberText.plain(v);
        return s.contains(".") ? s : s + ".0";
    }
}
