package org.plsim.io.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parameter file a scenario took evidence values from ({@code evidence_file:}), for the run's manifest: the
 * path as the scenario wrote it and as resolved, the SHA-256 of its bytes, and the values it gave (before the
 * scenario's own {@code evidence:} keys were laid over them).
 *
 * @param asWritten the scenario's {@code evidence_file} value
 * @param file      that path resolved against the scenario file's folder
 * @param sha256    lower-case hex SHA-256 of the file's bytes
 * @param values    parameter id → value, in file order
 */
public record EvidenceFile(String asWritten, String file, String sha256, Map<String, Double> values) {
    public EvidenceFile {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The manifest's {@code evidence_file} entry. */
    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_written", asWritten);
        m.put("file", file);
        m.put("sha256", sha256);
        m.put("values", values);
        return m;
    }
}
