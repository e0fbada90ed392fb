package org.plsim.workflow;

import java.nio.file.Path;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.input.ReadScenario;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.input.ScenarioReader;

/**
 * Where a command gets its resolved scenario: the YAML reader, or a spec built in Java by a test; with the
 * parameter file it named, for the manifest.
 */
@FunctionalInterface
public interface ScenarioSource {
    /**
     * The scenario in {@code file}, checked against the installed components and, with {@code threads} arms
     * at once, against the heap, so those problems come back with line numbers like the file's own.
     */
    ReadScenario read(Path file, ComponentRegistry registry, int threads) throws ScenarioException;

    static ScenarioSource yaml() {
        return (file, registry, threads) ->
                ScenarioReader.forRunning(registry, threads)
                        .readWithSources(file);
    }
}
