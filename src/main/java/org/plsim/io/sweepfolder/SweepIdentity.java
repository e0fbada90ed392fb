package org.plsim.io.sweepfolder;

import org.plsim.io.files.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.Version;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.SweepPlan;

/**
 * {@code sweep.json}: which sweep a result folder belongs to — its fingerprint, design points and replicate
 * rule — so that shards, resumes and merges can check they work on the same sweep, and a merge can write
 * {@code design.csv} and know every run to expect without the sweep file. Its content is a pure function of
 * the sweep, so shards starting at once may each write it.
 *
 * @param adaptive the adaptive rule's fields, or null for a fixed replicate count
 * @param sweep    the resolved sweep ({@link SweepPlan#toTree()}), for provenance
 */
public record SweepIdentity(String sweepId, String title, String fingerprint, String designType, List<String> factors,
                            List<DesignPoint> points, int fixedReplicates, Map<String, Object> adaptive,
                            Map<String, Object> sweep) {
    public static final String FILE = "sweep.json";

    public SweepIdentity {
        factors = List.copyOf(factors);
        points = List.copyOf(points);
    }

    public static SweepIdentity of(SweepPlan plan) {
        Replicates.Adaptive a = plan.replicates().adaptive();
        Map<String, Object> adaptive = null;
        if (a != null) {
            adaptive = new LinkedHashMap<>();
            adaptive.put("measure", a.measure().label());
            adaptive.put("subject", a.subject().label());
            adaptive.put("subgroup", a.group().label());
            adaptive.put("year", a.year());
            adaptive.put("target_half_width", a.targetHalfWidth());
            adaptive.put("max", a.max());
            adaptive.put("batch", a.batch());
        }
        return new SweepIdentity(plan.sweepId(), plan.title(), plan.fingerprint(), plan.designType(), plan.factors(),
                plan.points(), plan.replicates().fixed(), adaptive, plan.toTree());
    }

    public boolean isAdaptive() {
        return adaptive != null;
    }

    /** The first 12 hex digits of a fingerprint, for messages. */
    public static String shortly(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) + "…" : fingerprint;
    }

    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sweep_id", sweepId);
        m.put("title", title);
        m.put("fingerprint", fingerprint);
        m.put("plsim_version", Version.PLSIM);
        m.put("model_version", Version.MODEL);
        m.put("design", designType);
        m.put("factors", factors);
        List<Object> pts = new ArrayList<>();
        for (DesignPoint p : points) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("index", p.index());
            one.put("label", p.label());
            one.put("settings", p.settings());
            pts.add(one);
        }
        m.put("points", pts);
        m.put("replicates", fixedReplicates);
        m.put("adaptive", adaptive);
        m.put("sweep", sweep);
        return m;
    }

    public void write(Path file) throws IOException {
        JsonText.write(file, toTree());
    }

    @SuppressWarnings("unchecked")
    public static SweepIdentity read(Path file) throws IOException {
        JsonNode n = JsonText.read(file);
        List<String> factors = new ArrayList<>();
        n.path("factors").forEach(f -> factors.add(f.asText()));
        List<DesignPoint> points = new ArrayList<>();
        for (JsonNode p : n.path("points")) {
            Map<String, Object> settings = (Map<String, Object>) JsonText.value(p.path("settings"));
            points.add(new DesignPoint(p.path("index").asInt(), p.path("label").asText(),
                    settings == null ? Map.of() : settings));
        }
        if (!n.hasNonNull("fingerprint") || !n.hasNonNull("sweep_id")) {
            throw new IOException(file + ": not a sweep identity file (no sweep_id or fingerprint)");
        }
        return new SweepIdentity(n.path("sweep_id").asText(), n.path("title").asText(), n.path("fingerprint").asText(),
                n.path("design").asText(), factors, points, n.path("replicates").asInt(),
                (Map<String, Object>) JsonText.value(n.get("adaptive")),
                (Map<String, Object>) JsonText.value(n.get("sweep")));
    }

    /**
     * Ties {@code folder} to this sweep: writes {@code sweep.json} if absent, else refuses a folder whose
     * {@code sweep.json} names another fingerprint.
     */
    public void claim(SweepFolder folder) throws IOException, SweepRefusal {
        Path file = folder.sweepJson();
        if (Files.exists(file)) {
            SweepIdentity there = read(file);
            if (!there.fingerprint().equals(fingerprint)) {
                throw new SweepRefusal(folder.root() + " holds sweep " + there.sweepId() + " (fingerprint "
                        + shortly(there.fingerprint()) + "), not this sweep " + sweepId + " (" + shortly(fingerprint)
                        + "): the sweep file or PLSim's version changed; allowed: the same sweep and version, or a"
                        + " new folder (--out)");
            }
            return;
        }
        write(file);
    }
}
