package org.plsim.io.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.plsim.Version;

/**
 * The software and machine a run was made on, for its manifest: enough to tell, months later, whether a
 * result could be reproduced with the code at hand.
 *
 * @param gitCommit the commit checked out where the run was started, or null when unknown (no git, not a
 *                  repository)
 */
public record RunEnvironment(String plsimVersion, String modelVersion, String gitCommit, String javaVersion,
                             String javaVendor, String os, int availableProcessors) {

    public static RunEnvironment detect(Path workingDirectory) {
        return new RunEnvironment(Version.PLSIM, Version.MODEL, gitCommit(workingDirectory),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                Runtime.getRuntime().availableProcessors());
    }

    /** Puts {@code plsim_version}, {@code model_version} and {@code git_commit}, in that order: every manifest's. */
    void putVersions(java.util.Map<String, Object> m) {
        m.put("plsim_version", plsimVersion);
        m.put("model_version", modelVersion);
        m.put("git_commit", gitCommit);
    }

    /** Puts {@code available_processors}, {@code java_version}, {@code java_vendor} and {@code os}, in that order. */
    void putMachine(java.util.Map<String, Object> m) {
        m.put("available_processors", availableProcessors);
        m.put("java_version", javaVersion);
        m.put("java_vendor", javaVendor);
        m.put("os", os);
    }

    /** {@code git rev-parse HEAD} in {@code dir}; null if git is missing, fails or takes over 5 seconds. */
    static String gitCommit(Path dir) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .directory(dir.toAbsolutePath().toFile()) // Path.of("") is the working folder, File("") is not
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!git.waitFor(5, TimeUnit.SECONDS)) { // its one line fits in the pipe: wait, then read
                git.destroyForcibly();
                return null;
            }
            String sha = new String(git.getInputStream().readNBytes(200), StandardCharsets.US_ASCII).trim();
            return git.exitValue() == 0 && sha.matches("[0-9a-f]{40}") ? sha : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
