package org.plsim.io.manifest;

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
    void theWorkingFolderAsARelativeEmptyPath_findsTheCheckoutsCommit() {
        // Tests run in the checkout; CI clones it, so git and a HEAD are there (skip if git is absent here).
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("CI") != null
                || RunEnvironment.gitCommit(Path.of("").toAbsolutePath()) != null, "git not available");
        String commit = RunEnvironment.gitCommit(Path.of(""));
        assertTrue(commit != null && commit.matches("[0-9a-f]{40}"), "commit: " + commit);
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
