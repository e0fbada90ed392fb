package org.plsim.workflow.rerun;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.plsim.Version;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.manifest.RecordedSweep;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.sweepfolder.SweepIdentity;
import org.plsim.io.input.SweepReader;

/**
 * A sweep folder ({@code plsim sweep}, or {@code plsim merge} of its shards): the resolved sweep its manifest
 * records is written back as a sweep file and base scenario ({@link RecordedSweep}), read again, checked
 * against the recorded fingerprint, and run whole on this machine — unsharded even when the original ran in
 * shards, since a sweep's tables do not depend on its sharding — then merged and analysed like {@code plsim
 * sweep}, with its progress display. Manifests from before the {@code kind} field are told by their
 * {@code sweep_id}, {@code fingerprint} and {@code sweep}.
 */
final class SweepRerun implements RerunKind {
    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public String madeBy() {
        return "plsim sweep";
    }

    @Override
    public boolean recognises(JsonNode manifest) {
        return manifest.has("sweep_id") && manifest.has("fingerprint") && manifest.path("sweep").isObject();
    }

    @Override
    public int rerun(RerunRequest r) throws IOException {
        JsonNode m = r.manifest();
        String sweepFile = m.path("sweep_file").isTextual() ? m.get("sweep_file").asText() : r.manifestFile().toString();
        Path work = Files.createTempDirectory("plsim-rerun");
        try {
            SweepPlan plan;
            try {
                plan = SweepReader.load(RecordedSweep.write(m.get("sweep"), fileName(sweepFile), work));
            } catch (IllegalArgumentException e) {
                return r.badManifest(e.getMessage());
            } catch (ScenarioException e) {
                r.badManifest("sweep: the sweep it records no longer reads (files rebuilt from the manifest):");
                e.problems().forEach(p -> r.problem("  " + p));
                return 2;
            }
            String recorded = m.path("fingerprint").asText();
            boolean sameVersions = Version.PLSIM.equals(m.path("plsim_version").asText())
                    && Version.MODEL.equals(m.path("model_version").asText());
            if (!plan.fingerprint().equals(recorded) && sameVersions) {
                return r.badManifest("fingerprint: found " + SweepIdentity.shortly(recorded) + ", but the sweep it "
                        + "records reads as " + SweepIdentity.shortly(plan.fingerprint()) + "; allowed: the manifest "
                        + "as plsim sweep wrote it");
            }
            describe(plan, m, r);
            return r.commands().sweep(plan, r.target(), sweepFile, r.threads(), r.progress());
        } finally {
            ResultFolder.deleteTree(work);
        }
    }

    /** The sweep file's name, for the file written back and its messages; null when it has none. */
    private static String fileName(String sweepFile) {
        try {
            Path name = Path.of(sweepFile).getFileName();
            return name == null || !name.toString().endsWith(".yaml") && !name.toString().endsWith(".yml") ? null
                    : name.toString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** What is re-run, and how it differs from how the original ran. */
    private static void describe(SweepPlan plan, JsonNode m, RerunRequest r) {
        String replicates = plan.replicates().isAdaptive()
                ? "adaptive replicates (the original stopped at '" + m.path("replicates").path("stopped").asText()
                        + "' after " + m.path("replicates").path("runs").asText() + " runs)"
                : plan.replicates().fixed() + " replicates a point";
        r.say("Re-running sweep " + plan.sweepId() + " (fingerprint " + SweepIdentity.shortly(plan.fingerprint())
                + "): " + plan.points().size() + " design points, " + replicates + ", seed " + plan.sweepSeed()
                + ", into " + r.target());
        int shards = m.path("shards").asInt(1);
        if (shards > 1) {
            r.say("The original ran as " + shards + " shards and was merged; this rerun runs unsharded on one "
                    + "machine (by the sweep contract, sharding changes no table).");
        }
        String registry = m.path("evidence_registry_sha256").asText("");
        if (!registry.isEmpty() && !registry.equals(EvidenceRegistry.builtIn().sha256())) {
            r.say("note: the evidence registry differs from the one the original used: tables may differ");
        }
    }
}
