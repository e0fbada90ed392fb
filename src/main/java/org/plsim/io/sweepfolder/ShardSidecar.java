package org.plsim.io.sweepfolder;

import org.plsim.io.files.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plsim.Version;
import org.plsim.experiment.sweep.Shard;

/**
 * {@code shards/shard-<i>-of-<n>.json}, written when a shard starts: which sweep it belongs to, how many
 * runs it should finish, and the sweep file it was started from (for the resubmit command a merge prints).
 *
 * @param runsExpected runs of this shard, or null for an adaptive sweep (decided round by round)
 * @param sweepFile    the sweep file as the shard's command named it
 * @param sweepFileAbsolute the same, resolved against the folder the shard was started in
 */
public record ShardSidecar(String sweepId, String fingerprint, Shard shard, Long runsExpected, String sweepFile,
                           String sweepFileAbsolute) {

    /** A sidecar naming {@code sweepFile} as typed and as resolved from the working directory. */
    public static ShardSidecar of(String sweepId, String fingerprint, Shard shard, Long runsExpected,
                                  String sweepFile) {
        return new ShardSidecar(sweepId, fingerprint, shard, runsExpected, sweepFile,
                sweepFile == null ? null : Path.of(sweepFile).toAbsolutePath().normalize().toString());
    }

    /** The sweep file as typed if it is there from the working directory, else as resolved when started. */
    public String sweepFileFromHere() {
        if (sweepFile == null || Files.exists(Path.of(sweepFile)) || sweepFileAbsolute == null) {
            return sweepFile;
        }
        return Files.exists(Path.of(sweepFileAbsolute)) ? sweepFileAbsolute : sweepFile;
    }

    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sweep_id", sweepId);
        m.put("fingerprint", fingerprint);
        m.put("shard", shard.label());
        m.put("index", shard.index());
        m.put("count", shard.count());
        m.put("runs_expected", runsExpected);
        m.put("sweep_file", sweepFile);
        m.put("sweep_file_absolute", sweepFileAbsolute);
        m.put("plsim_version", Version.PLSIM);
        m.put("model_version", Version.MODEL);
        return m;
    }

    public void write(Path file) throws IOException {
        JsonText.write(file, toTree());
    }

    public static ShardSidecar read(Path file) throws IOException {
        JsonNode n = JsonText.read(file);
        if (!n.hasNonNull("fingerprint")) {
            throw new IOException(file + ": not a shard sidecar (no fingerprint)");
        }
        return new ShardSidecar(n.path("sweep_id").asText(), n.path("fingerprint").asText(),
                new Shard(n.path("index").asInt(), n.path("count").asInt()),
                n.hasNonNull("runs_expected") ? n.get("runs_expected").asLong() : null,
                n.hasNonNull("sweep_file") ? n.get("sweep_file").asText() : null,
                n.hasNonNull("sweep_file_absolute") ? n.get("sweep_file_absolute").asText() : null);
    }
}
