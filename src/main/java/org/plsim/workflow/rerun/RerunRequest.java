package org.plsim.workflow.rerun;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.plsim.workflow.Transcript;

/**
 * What a {@link RerunKind} is given to re-make a folder: the original's manifest and folder, the new folder,
 * the threads and progress asked for, where to say what it does, and the commands to re-make it with.
 *
 * @param manifestFile the original's {@code manifest.json}, as given
 * @param manifest     its content
 * @param original     the original folder (absolute)
 * @param target       the folder to re-make it in: absent or empty
 * @param threads      runs at once (results do not depend on it)
 * @param progress     whether to show progress
 * @param transcript   where to say what is re-made, and why not
 * @param commands     PLSim's own commands, to re-make the folder as they made it
 */
public record RerunRequest(Path manifestFile, JsonNode manifest, Path original, Path target, int threads,
                           boolean progress, Transcript transcript, Commands commands) {
    /** Says {@code line} to the user (on stdout in the command line). */
    public void say(String line) {
        transcript.say(line);
    }

    /** Tells of a problem (on stderr in the command line). */
    public void problem(String line) {
        transcript.problem(line);
    }

    /** Tells {@code <manifest>: <problem>} (name the field, what was found, what is allowed) and returns 2. */
    public int badManifest(String problem) {
        transcript.problem(manifestFile + ": " + problem);
        return 2;
    }

    /**
     * Runs {@code plsim args}, e.g. {@code plsim("run", file, "--out", target)}: its errors and progress shown,
     * its own summary not ({@code plsim rerun} says the verdict).
     */
    public int plsim(String... args) {
        return commands.plsim(args);
    }
}
