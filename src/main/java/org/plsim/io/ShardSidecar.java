package org.plsim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
 */
public record ShardSidecar(String sweepId, String fingerprint, Shard shard, Long runsExpected, String sweepFile) {

    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sweep_id", sweepId);
        m.put("fingerprint", fingerprint);
        m.put("shard", shard.label());
        m.put("index", shard.index());
        m.put("count", shard.count());
        m.put("runs_expected", runsExpected);
        m.put("sweep_file", sweepFile);
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
                n.hasNonNull("sweep_file") ? n.get("sweep_file").asText() : null);
    }
}
