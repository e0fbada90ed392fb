package org.plsim.workflow.rerun;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * One kind of result folder that {@code plsim rerun} re-makes from its {@code manifest.json}: a run's, a
 * sweep's. {@link RecordedFolder} reads the manifest, picks the kind by its {@code kind} field, refuses bad
 * input; {@code plsim rerun} chooses the new folder, calls {@link #rerun}, then compares every file the manifest
 * lists with the original by SHA-256 and prints the verdict ({@link RerunVerdict}): files for which
 * {@link #mustMatch} holds (CSVs) must be byte-identical (else exit 1), the others (charts, pages, JSON) are
 * only reported.
 *
 * <h2>Adding a kind (e.g. {@code reproduce}, {@code calibrate})</h2>
 * <ol>
 *   <li>The command that makes the folder writes a {@code manifest.json} with
 *   <ul>
 *     <li>{@code "kind": "<name>"} (first, by convention);</li>
 *     <li>{@code "files"}: every other file of the folder as {@code {"name": path relative to the folder,
 *         "sha256": lower-case hex, "bytes": size}};</li>
 *     <li>{@code "plsim_version"} and {@code "model_version"} (a rerun on other versions says so);</li>
 *     <li>everything the re-run needs, resolved: the inputs themselves rather than paths to files that may
 *         change (as a run records its resolved scenario, a sweep its resolved sweep), seeds, settings.</li>
 *   </ul></li>
 *   <li>A class implementing this interface: {@link #name()} returns the kind; {@link #rerun} re-makes the folder
 *   in {@link RerunRequest#target()} from {@link RerunRequest#manifest()} alone.</li>
 *   <li>One line in {@link RerunKinds#ALL}.</li>
 * </ol>
 * For example:
 * <pre>{@code
 * final class CalibrateRerun implements RerunKind {
 *     public String name() { return "calibrate"; }
 *
 *     public String madeBy() { return "plsim calibrate"; }
 *
 *     public int rerun(RerunRequest r) throws IOException {
 *         Path inputs = ...; // written from r.manifest() into a temporary folder
 *         return r.plsim("calibrate", inputs.toString(), "--out", r.target().toString());
 *     }
 * }
 * }</pre>
 */
public interface RerunKind {
    /** The manifest's {@code kind} value, e.g. {@code sweep}. */
    String name();

    /** The command that makes such folders, for messages: {@code plsim sweep}. */
    String madeBy();

    /**
     * Whether a manifest written before manifests named their kind is of this kind, by its shape. Kinds
     * newer than the {@code kind} field keep the default: false.
     */
    default boolean recognises(JsonNode manifest) {
        return false;
    }

    /** Whether the file (a name from the manifest's list) must be byte-identical; the others are reported only. */
    default boolean mustMatch(String file) {
        return file.endsWith(".csv");
    }

    /**
     * Re-makes the original folder in {@code request.target()} (absent or empty) from the manifest alone, with
     * the request's threads and progress; may say what it re-makes ({@link RerunRequest#say}).
     *
     * @return 0 when the folder is made; else, after telling why ({@link RerunRequest#problem}), 2 for a manifest
     *         that cannot be re-run ({@link RerunRequest#badManifest}) or 1 for a failure
     */
    int rerun(RerunRequest request) throws IOException;
}
