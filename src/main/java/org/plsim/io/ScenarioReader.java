package org.plsim.io;

import java.nio.file.Path;
import org.plsim.scenario.ScenarioSpec;

/** STUB (being written): reads a scenario YAML file over the reference defaults. */
public final class ScenarioReader {
    public ScenarioSpec read(Path file) throws ScenarioException {
        throw new UnsupportedOperationException("being written");
    }
}
