package org.plsim.notebooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.plsim.testing.SystemPackages;

/**
 * Jupyter on this machine: the {@code jupyter} command with its {@code nbconvert}, or why there is none. The
 * notebook tests need it; without it they are skipped where a developer runs them and fail where CI runs them
 * ({@code CI} set), so that a CI machine cannot pass by not running the notebooks.
 */
final class Jupyter {
    /** How CI machines get it (Debian; {@code .ci/run} does this). */
    static final String INSTALL = "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "
            + "--no-install-recommends jupyter-nbconvert";

    private Jupyter() {
    }

    /**
     * The {@code jupyter} command, when it is on the PATH and runs {@code nbconvert}; otherwise the calling test
     * is skipped (no {@code CI}; the reason also goes to stderr) or fails (with {@code CI}), saying what is
     * missing and how to install it. Call it from the test method or {@code @BeforeEach}: an abort in
     * {@code @BeforeAll} is not reported as a skipped test.
     */
    static synchronized Path requireNbconvert() {
        Found found = lookUp();
        if (found.jupyter() != null) {
            return found.jupyter();
        }
        return SystemPackages.missing("notebook tests", found.missing()
                + ", so the notebooks (notebooks/*.ipynb) were not executed. Install Jupyter: " + INSTALL);
    }

    /** The jupyter command that works, or why there is none. */
    private record Found(Path jupyter, String missing) {
    }

    private static Found found;

    /** Looked up once per test JVM: asking nbconvert for its version takes half a second. */
    private static synchronized Found lookUp() {
        if (found == null) {
            Optional<Path> jupyter = SystemPackages.onPath("jupyter");
            String missing = jupyter.isEmpty() ? "no jupyter command on the PATH" : nbconvertProblem(jupyter.get());
            found = new Found(missing == null ? jupyter.get() : null, missing);
        }
        return found;
    }

    /** Null when {@code jupyter nbconvert --version} works, else what went wrong. */
    private static String nbconvertProblem(Path jupyter) {
        try {
            Process p = new ProcessBuilder(List.of(jupyter.toString(), "nbconvert", "--version"))
                    .redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return jupyter + " nbconvert --version did not answer within 60 s";
            }
            return p.exitValue() == 0 ? null : jupyter + " has no working nbconvert (exit " + p.exitValue() + "): "
                    + new String(out, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return jupyter + " could not be run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while asking " + jupyter + " for nbconvert";
        }
    }
}
