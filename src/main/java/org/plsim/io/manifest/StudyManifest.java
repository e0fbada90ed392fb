package org.plsim.io.manifest;

import org.plsim.io.files.Sha256;
import org.plsim.io.files.JsonText;
import org.plsim.io.input.ScenarioFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.RunKey;
import org.plsim.study.Reproduction;
import org.plsim.study.Study;

/**
 * {@code manifest.json} of a reproduction folder ({@code kind: reproduce}): the software, the command line,
 * and per study the file it came from — its text verbatim and SHA-256, so {@code plsim rerun} can read it
 * again without the original file — the resolved scenario as run, the replicates and their run seeds.
 */
public final class StudyManifest {
    public static final String KIND = "reproduce";

    private StudyManifest() {
    }

    /** One study's input: where it was read from and its text as read. */
    public record Input(String file, String text) {
    }

    public static void write(Path file, List<Reproduction> rows, List<Input> inputs, RunEnvironment env,
                             List<String> commandLine, Instant createdAt, int threads, int maxReplicates,
                             List<Manifest.OutputFile> files) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("created_at", createdAt.toString());
        env.putVersions(m);
        m.put("command_line", commandLine);
        m.put("threads", threads);
        m.put("max_replicates", maxReplicates);
        env.putMachine(m);
        m.put("files", files.stream().map(Manifest.OutputFile::toTree).toList());
        // Rows come file by file; a file with several results gives several rows in a row (same scenario id).
        List<Object> studies = new java.util.ArrayList<>();
        int input = -1;
        String last = null;
        for (Reproduction r : rows) {
            if (!r.spec().id().equals(last)) {
                input++;
                last = r.spec().id();
            }
            studies.add(study(r, inputs.get(input)));
        }
        m.put("studies", studies);
        JsonText.write(file, m);
    }

    private static Map<String, Object> study(Reproduction r, Input in) {
        Map<String, Object> m = new LinkedHashMap<>();
        Study s = r.study();
        m.put("id", r.id());
        m.put("source_file", in.file());
        m.put("file_sha256", Sha256.ofText(in.text()));
        m.put("citation", s.citation());
        m.put("replicates", r.replicates());
        m.put("root_seed", r.spec().seed());
        m.put("run_seeds", java.util.stream.IntStream.range(0, r.replicates())
                .mapToObj(i -> RunKey.of(r.spec().id(), r.spec().seed(), i).runSeed()).toList());
        m.put("scenario_sha256", ScenarioFormat.sha256(r.spec()));
        m.put("file_text", in.text());
        m.put("scenario", ScenarioFormat.toTree(r.spec()));
        return m;
    }
}
