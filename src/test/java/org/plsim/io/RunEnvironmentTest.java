package org.plsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.Version;

class RunEnvironmentTest {
    @Test
    void outsideAGitRepository_theCommitIsUnknown_notAnError(@TempDir Path notARepo) {
        assertNull(RunEnvironment.gitCommit(notARepo));
    }

    @Test
    void theEnvironment_namesPlsimJavaAndTheMachine(@TempDir Path dir) {
        RunEnvironment env = RunEnvironment.detect(dir);

        assertEquals(Version.PLSIM, env.plsimVersion());
        assertEquals(Version.MODEL, env.modelVersion());
        assertEquals(System.getProperty("java.version"), env.javaVersion());
        assertTrue(env.availableProcessors() >= 1);
    }
}
