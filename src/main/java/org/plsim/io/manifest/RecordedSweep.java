package org.plsim.io.manifest;

import org.plsim.io.files.JsonText;
import org.plsim.io.input.ScenarioFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep as its manifest records it — the resolved sweep ({@code SweepPlan.toTree()}: id, title, the base
 * scenario with every default filled in, seed, replicates, design, set, factors, outputs) — written back as a
 * sweep file and its base scenario, for the sweep reader to read again: how {@code plsim rerun} re-makes a sweep
 * from its folder alone. The expanded points are left out: the reader expands the design again, and the
 * fingerprint of what it reads (taken over the points too) tells whether it is the same sweep.
 *
 * <p>The base goes where the recorded base path, relative to the sweep file, points inside {@code dir}, so the
 * re-read sweep records the same path in {@code sweep.json}; an absolute path or one that would leave
 * {@code dir} becomes {@code base-scenario.yaml} beside the sweep file (the path is not in the fingerprint).
 *
 * <pre>{@code
 * Path file = RecordedSweep.write(manifest.get("sweep"), "dosage-fidelity.yaml", Files.createTempDirectory("x"));
 * SweepPlan plan = SweepReader.load(file); // plan.fingerprint() equals the manifest's "fingerprint"
 * }</pre>
 */
public final class RecordedSweep {
    private RecordedSweep() {
    }

    /**
     * Writes the recorded sweep {@code sweep} (a manifest's {@code sweep} object) as {@code fileName} and its
     * base scenario into {@code dir}; returns the sweep file.
     *
     * @throws IllegalArgumentException naming the key when the record lacks the base scenario
     */
    @SuppressWarnings("unchecked")
    public static Path write(JsonNode sweep, String fileName, Path dir) throws IOException {
        Map<String, Object> tree = sweep != null && sweep.isObject() ? (Map<String, Object>) JsonText.value(sweep)
                : null;
        if (tree != null && tree.get("scenarios") instanceof List<?> scenarios) {
            return writeScenarios(tree, (List<Object>) scenarios, fileName, dir);
        }
        Object base = tree == null ? null : tree.get("base");
        Object scenario = base instanceof Map<?, ?> b ? b.get("scenario") : null;
        if (!(scenario instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("sweep.base.scenario: missing, allowed: the resolved base scenario "
                    + "a sweep's manifest records");
        }
        Object recordedPath = ((Map<String, Object>) base).get("file");
        Layout layout = Layout.of(dir, fileName, recordedPath instanceof String s ? s : null);
        Files.createDirectories(layout.sweepFile.getParent());
        Files.createDirectories(layout.baseFile.getParent());
        Files.writeString(layout.baseFile, ScenarioFormat.yaml((Map<String, Object>) scenario));
        Map<String, Object> file = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            switch (e.getKey()) {
                case "points", "morris_steps" -> {
                    // the expansion: read again from the design
                }
                case "base" -> file.put("base", layout.baseText);
                default -> file.put(e.getKey(), e.getValue());
            }
        }
        return Files.writeString(layout.sweepFile, ScenarioFormat.yaml(file));
    }

    /**
     * A scenarios design (a cohort): each recorded scenario is written as {@code <label>.yaml} with its label as
     * id, and the sweep file lists them in the recorded point order. Their titles are not recorded (nor in the
     * fingerprint or any table): each point's title becomes its id.
     */
    @SuppressWarnings("unchecked")
    private static Path writeScenarios(Map<String, Object> tree, List<Object> scenarios, String fileName, Path dir)
            throws IOException {
        Path root = Files.createDirectories(dir.toAbsolutePath().normalize());
        List<String> files = new ArrayList<>();
        for (Object one : scenarios) {
            Object label = one instanceof Map<?, ?> m ? m.get("label") : null;
            Object scenario = one instanceof Map<?, ?> m ? m.get("scenario") : null;
            if (!(label instanceof String l) || !l.matches("[a-z0-9][a-z0-9-]{0,63}") || !(scenario instanceof Map<?, ?>)
                    || files.contains(l + ".yaml")) {
                throw new IllegalArgumentException("sweep.scenarios: each item needs a label (a scenario id, once) and "
                        + "the resolved scenario a cohort sweep's manifest records");
            }
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("id", l);
            text.putAll((Map<String, Object>) scenario);
            Files.writeString(root.resolve(l + ".yaml"), ScenarioFormat.yaml(text));
            files.add(l + ".yaml");
        }
        Map<String, Object> file = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            switch (e.getKey()) {
                case "points", "morris_steps", "scenarios" -> {
                    // the expansion and the files: written above, read again from the design
                }
                case "factors" -> {
                    // a scenarios design has none, and refuses the key
                }
                case "design" -> {
                    Map<String, Object> design = new LinkedHashMap<>((Map<String, Object>) e.getValue());
                    design.put("files", files);
                    file.put("design", design);
                }
                default -> file.put(e.getKey(), e.getValue());
            }
        }
        String name = fileName == null || fileName.isBlank() ? "sweep.yaml" : fileName;
        return Files.writeString(root.resolve(files.contains(name) ? "cohort-" + name : name),
                ScenarioFormat.yaml(file));
    }

    /** Where the two files go, and the base path as the sweep file gives it. */
    private record Layout(Path sweepFile, Path baseFile, String baseText) {
        private static final String FALLBACK = "base-scenario.yaml";

        static Layout of(Path dir, String fileName, String recorded) {
            Path root = dir.toAbsolutePath().normalize();
            String name = fileName == null || fileName.isBlank() ? "sweep.yaml" : fileName;
            Path relative = relative(recorded);
            if (relative != null) {
                Path sweepDir = root;
                for (int i = 0; i < relative.getNameCount() && relative.getName(i).toString().equals(".."); i++) {
                    sweepDir = sweepDir.resolve("up" + i); // deep enough that every leading .. stays inside dir
                }
                Path base = sweepDir.resolve(relative).normalize();
                Path sweepFile = sweepDir.resolve(name);
                if (base.startsWith(root) && !base.equals(sweepFile)) {
                    return new Layout(sweepFile, base, recorded);
                }
            }
            Path sweepFile = root.resolve(name);
            String baseName = name.equals(FALLBACK) ? "base-" + FALLBACK : FALLBACK;
            return new Layout(sweepFile, root.resolve(baseName), baseName);
        }

        /** The recorded base path when it is relative and names a file, else null. */
        private static Path relative(String recorded) {
            if (recorded == null || recorded.isBlank()) {
                return null;
            }
            try {
                Path p = Path.of(recorded).normalize();
                return p.isAbsolute() || p.getFileName() == null || p.toString().isEmpty() ? null : p;
            } catch (InvalidPathException e) {
                return null;
            }
        }
    }
}
