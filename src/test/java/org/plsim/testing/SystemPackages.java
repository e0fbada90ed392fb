package org.plsim.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs from the system's packages that some tests need (Jupyter for the notebooks, Chromium for the
 * explorer's browser tests). Where a developer runs the tests, a missing one skips those tests and says so on
 * stderr with the install command; where CI runs them ({@code CI} set) it fails them, so that a CI machine
 * cannot pass by not running them. {@code .ci/run} installs them.
 */
public final class SystemPackages {
    private static final Set<String> REPORTED = new HashSet<>();

    private SystemPackages() {
    }

    /** Whether the {@code CI} environment variable says this is a CI run (set, not empty, not false or 0). */
    public static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    /** The executable file {@code command} names on the PATH, if any. */
    public static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, command);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Ends the calling test because a program is missing: fails it with {@code CI} set, else skips it (a JUnit
     * assumption) and, once per {@code tests}, says why on stderr. Call it from the test method or
     * {@code @BeforeEach}: an abort in {@code @BeforeAll} is not reported as a skipped test.
     *
     * @param tests which tests, e.g. "notebook tests"
     * @param why   what is missing and the command that installs it
     * @return never returns normally
     */
    public static synchronized <T> T missing(String tests, String why) {
        if (onCi()) {
            fail("CI is set and " + why);
        }
        if (REPORTED.add(tests)) {
            System.err.println("SKIPPED (" + tests + "): " + why + " (with CI set this fails)");
        }
        return Assumptions.abort(why + " (with CI set this fails)");
    }
}
