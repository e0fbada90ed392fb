package org.plsim.io.sweepfolder;

import org.plsim.io.files.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.ScheduleReport;

/**
 * {@code replicates.json}: how many replicates each design point got, and why the sweep stopped there
 * ({@code fixed}; adaptive: {@code target} when every point met the CI target, {@code max} when some point
 * reached the cap first), with each point's final 95% CI half-width of the watched effect. An adaptive sweep
 * writes it when its last round ends; a merge of a fixed sweep writes it from the sweep's count.
 *
 * @param halfWidths adaptive only (else empty), one per point
 */
public record ReplicateCounts(String sweepId, String fingerprint, String stopped, int rounds,
                              List<Integer> replicatesByPoint, List<Double> halfWidths) {
    public static final String FILE = "replicates.json";

    public ReplicateCounts {
        replicatesByPoint = List.copyOf(replicatesByPoint);
        halfWidths = List.copyOf(halfWidths);
    }

    /** The counts adaptive rounds ended at, as a schedule reported them. */
    public static ReplicateCounts adaptive(String sweepId, String fingerprint, ScheduleReport.Rounds rounds) {
        return new ReplicateCounts(sweepId, fingerprint, rounds.stopped(), rounds.rounds(), rounds.replicatesByPoint(),
                rounds.halfWidths());
    }

    public static ReplicateCounts fixed(SweepIdentity sweep) {
        return new ReplicateCounts(sweep.sweepId(), sweep.fingerprint(), "fixed", 1,
                Collections.nCopies(sweep.points().size(), sweep.fixedReplicates()), List.of());
    }

    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sweep_id", sweepId);
        m.put("fingerprint", fingerprint);
        m.put("stopped", stopped);
        m.put("rounds", rounds);
        m.put("replicates_by_point", replicatesByPoint);
        m.put("half_widths", halfWidths);
        return m;
    }

    public void write(Path file) throws IOException {
        JsonText.write(file, toTree());
    }

    public static ReplicateCounts read(Path file) throws IOException {
        JsonNode n = JsonText.read(file);
        List<Integer> replicates = new ArrayList<>();
        n.path("replicates_by_point").forEach(v -> replicates.add(v.asInt()));
        List<Double> halfWidths = new ArrayList<>();
        n.path("half_widths").forEach(v -> halfWidths.add(v.asDouble()));
        return new ReplicateCounts(n.path("sweep_id").asText(), n.path("fingerprint").asText(),
                n.path("stopped").asText(), n.path("rounds").asInt(), replicates, halfWidths);
    }
}
