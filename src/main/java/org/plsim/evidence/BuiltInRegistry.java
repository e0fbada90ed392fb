package org.plsim.evidence;

/**
 * Where the registry shipped with PLSim comes from: the YAML reader in {@code org.plsim.io.input}, found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.plsim.evidence.BuiltInRegistry}) so that
 * this package, and the runner that uses it, need not depend on file formats.
 */
public interface BuiltInRegistry {
    /** The parsed, validated built-in registry; the same object every time. */
    EvidenceRegistry registry();
}
