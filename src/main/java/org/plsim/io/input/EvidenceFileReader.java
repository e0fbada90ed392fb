package org.plsim.io.input;

import org.plsim.io.files.Sha256;
import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.yaml.ScenarioText;
import org.plsim.io.yaml.YamlTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A scenario's {@code evidence_file}: a parameter file ({@code parameters.yaml} from {@code plsim calibrate}, or
 * one written by hand) whose {@code evidence:} map the scenario takes as overrides. Its {@code calibration:}
 * block, if any, records how the values were fitted and is not read. A missing file is a problem of the
 * scenario at its {@code evidence_file} line; problems inside the parameter file name that file and its lines.
 */
final class EvidenceFileReader {
    static final String ALLOWED = "a parameter file: a YAML map with an evidence: map of parameter id: number "
            + "(and, from plsim calibrate, a calibration: block)";

    private EvidenceFileReader() {
    }

    /** The file's values with their provenance, or null after reporting why there are none. */
    static EvidenceFile read(String asWritten, Reading scenario) {
        Path file;
        try {
            file = Path.of(scenario.file).resolveSibling(asWritten).normalize();
        } catch (InvalidPathException e) {
            scenario.problem("evidence_file", "found '" + asWritten + "', which is not a path; allowed: " + ALLOWED);
            return null;
        }
        if (Files.isDirectory(file)) {
            scenario.problem("evidence_file", "found '" + asWritten + "', which is a folder (" + file + "); allowed: "
                    + "the path of a parameter file (YAML), relative to this scenario file");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            scenario.problem("evidence_file", "found '" + asWritten + "': no such file (looked for " + file
                    + "); allowed: the path of a parameter file, relative to this scenario file");
            return null;
        }
        try {
            String text = ScenarioText.read(file);
            Reading reading = new Reading(file.toString());
            Node root = YamlTree.compose(text, reading, ALLOWED);
            Map<String, Double> values = Map.of();
            if (root instanceof MappingNode map) {
                Block b = new Block(reading, "", map, null, YamlTree.line(root));
                if (b.node("evidence") == null) {
                    reading.problem("evidence", "missing, allowed: a map of evidence parameter id: number");
                }
                values = EvidenceOverrides.read(b.entries("evidence", "a map of evidence parameter id: number"),
                        "evidence", reading);
                b.node("calibration");
            } else if (root != null) {
                reading.problem(YamlTree.line(root), "", "found " + YamlTree.describe(root) + ", allowed: " + ALLOWED);
            }
            reading.finish();
            return new EvidenceFile(asWritten, file.toString(), Sha256.ofFile(file), values);
        } catch (ScenarioException e) {
            scenario.foreign(e.problems());
        } catch (IOException e) {
            scenario.problem("evidence_file", "found '" + asWritten + "', which cannot be read: " + e.getMessage());
        }
        return null;
    }
}
