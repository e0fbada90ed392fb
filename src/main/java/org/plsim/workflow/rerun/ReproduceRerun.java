package org.plsim.workflow.rerun;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plsim.io.files.ResultFolder;

/**
 * A reproduction folder ({@code plsim reproduce}): its manifest holds each study file's text verbatim under its
 * original file name (which gives the study's id), with the replicate cap; the texts are written to a temporary
 * folder and reproduced again into the target.
 */
final class ReproduceRerun implements RerunKind {
    @Override
    public String name() {
        return "reproduce";
    }

    @Override
    public String madeBy() {
        return "plsim reproduce";
    }

    @Override
    public int rerun(RerunRequest r) throws IOException {
        JsonNode studies = r.manifest().get("studies");
        if (studies == null || !studies.isArray() || studies.isEmpty()) {
            return r.badManifest("studies: missing, allowed: the list of study files a reproduction's manifest records");
        }
        Path work = Files.createTempDirectory("plsim-rerun");
        try {
            List<String> args = new ArrayList<>(List.of("reproduce"));
            Set<String> names = new HashSet<>();
            for (JsonNode s : studies) {
                String name = Path.of(s.path("source_file").asText("study.yaml")).getFileName().toString();
                if (!s.path("file_text").isTextual() || !names.add(name)) {
                    return r.badManifest("studies[].file_text: missing or a file name twice, allowed: each study "
                            + "file's text under its own name");
                }
                args.add(Files.writeString(work.resolve(name), s.get("file_text").asText()).toString());
            }
            r.say("Re-reproducing " + names.size() + " studies into " + r.target());
            args.addAll(List.of("--out", r.target().toString(), "--threads", "" + r.threads(), "--max-replicates",
                    r.manifest().path("max_replicates").asText("200"), "--quiet"));
            return r.plsim(args.toArray(String[]::new));
        } finally {
            ResultFolder.deleteTree(work);
        }
    }
}
