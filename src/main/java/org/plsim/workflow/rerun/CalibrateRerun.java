package org.plsim.workflow.rerun;

import java.io.IOException;
import java.util.List;
import org.plsim.calibration.CalibrationProgress;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.manifest.CalibrationManifest;
import org.plsim.io.manifest.CalibrationOutputs;
import org.plsim.io.yaml.ScenarioException;

/**
 * A calibration folder ({@code plsim calibrate}): its manifest holds the calibration file's and every study
 * file's text verbatim with the seed and replicates, so the fit is redone from the manifest alone (common
 * random numbers make it the same fit) and its {@code fit.csv} and {@code parameters.yaml} compared.
 */
final class CalibrateRerun implements RerunKind {
    @Override
    public String name() {
        return CalibrationManifest.KIND;
    }

    @Override
    public String madeBy() {
        return "plsim calibrate";
    }

    /** The parameter file is the calibration's product: it must match as the CSV does. */
    @Override
    public boolean mustMatch(String file) {
        return file.endsWith(".csv") || file.equals("parameters.yaml");
    }

    @Override
    public int rerun(RerunRequest r) throws IOException {
        r.say("Re-fitting the calibration recorded in " + r.manifestFile() + " into " + r.target());
        try {
            CalibrationOutputs.rerun(r.manifestFile(), r.target(), ComponentRegistry.discover(), r.threads(),
                    List.of("rerun", r.manifestFile().toString()), CalibrationProgress.NONE);
            return 0;
        } catch (ScenarioException e) {
            e.problems().forEach(p -> r.problem(p.toString()));
            return r.badManifest("the recorded calibration or studies no longer read (see above)");
        } catch (IllegalArgumentException e) {
            return r.badManifest(e.getMessage());
        }
    }
}
