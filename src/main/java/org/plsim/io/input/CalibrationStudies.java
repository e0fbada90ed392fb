package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.Scalars;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.yaml.YamlTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.study.StudyScenario;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A calibration file's {@code targets:} and {@code holdout:} lists: study scenario files, relative to the
 * calibration file. Each is read as a study (problems with its own file and lines); a missing file, a study
 * listed twice, or a held-out study that is also a target is a problem at the list item's line.
 */
final class CalibrationStudies {
    private static final String ITEM = "the path of a study scenario file (with a study: block), relative to this file";

    private final Reading reading;
    private final String fileLabel;
    private final CalibrationReader.StudyTexts texts;
    private final ScenarioReader studies;
    private final Map<Path, String> seen = new LinkedHashMap<>();
    private boolean failed;

    CalibrationStudies(Reading reading, String fileLabel, CalibrationReader.StudyTexts texts, ScenarioReader studies) {
        this.reading = reading;
        this.fileLabel = fileLabel;
        this.texts = texts;
        this.studies = studies;
    }

    /** The studies of list {@code key} (read in order, each file's text added to {@code files}). */
    List<StudyScenario> read(Block root, String key, boolean inSample, List<CalibrationInput.StudyFile> files) {
        List<StudyScenario> out = new ArrayList<>();
        Node node = root.node(key);
        if (node == null || YamlTree.isNull(node)) {
            if (inSample) {
                reading.problem(key, "missing, allowed: a list of study files to fit to, each " + ITEM);
                failed = true;
            }
            return out;
        }
        if (!(node instanceof SequenceNode list)) {
            reading.problem(key, "found " + YamlTree.describe(node) + ", allowed: a list, each item " + ITEM);
            failed = true;
            return out;
        }
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            String path = key + "[" + i + "]";
            reading.line(path, YamlTree.line(item));
            StudyScenario s = study(item, path, inSample, files);
            if (s == null) {
                failed = true;
            } else {
                // A study with several results: each is a target (or held out) of its own, beside its file.
                List<StudyScenario> each = s.each();
                out.addAll(each);
                for (int k = 1; k < each.size(); k++) {
                    files.add(files.get(files.size() - 1));
                }
            }
        }
        return out;
    }

    /** Whether any study could not be read (so a count of them proves nothing). */
    boolean failed() {
        return failed;
    }

    private StudyScenario study(Node item, String path, boolean inSample, List<CalibrationInput.StudyFile> files) {
        String asWritten = item instanceof MappingNode || item instanceof SequenceNode ? null : Scalars.text(item);
        Path resolved = asWritten == null ? null : CalibrationReader.resolve(fileLabel, asWritten);
        if (resolved == null) {
            reading.problem(path, "found " + YamlTree.describe(item) + ", allowed: " + ITEM);
            return null;
        }
        String first = seen.putIfAbsent(resolved, path);
        if (first != null) {
            reading.problem(path, "found '" + asWritten + "', already listed as " + first + " (line "
                    + reading.lineOf(first) + "); allowed: " + (first.startsWith("targets") && !inSample
                    ? "a study that is not a target (a held-out study is never fitted to)" : "each study once"));
            return null;
        }
        try {
            String text = texts.text(resolved);
            if (text == null) {
                reading.problem(path, "found '" + asWritten + "': no such file (looked for " + resolved + "); allowed: "
                        + ITEM);
                return null;
            }
            StudyScenario s = studies.readStudyString(text, resolved.toString());
            files.add(new CalibrationInput.StudyFile(inSample, asWritten, resolved.toString(), text));
            return s;
        } catch (ScenarioException e) {
            reading.foreign(e.problems());
            return null;
        }
    }
}
