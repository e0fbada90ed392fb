package org.plsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.plsim.experiment.cluster.ClusterSettings;

/** Where the site's cluster settings come from: --settings, $PLSIM_CLUSTER_SETTINGS, ~/.config/plsim/cluster.conf. */
final class ClusterSettingsFile {
    static final String VARIABLE = "PLSIM_CLUSTER_SETTINGS";

    private ClusterSettingsFile() {
    }

    /** The file to read; null when none is named and the default is not there. */
    static Path which(Path given, Map<String, String> env) {
        if (given != null) {
            return given;
        }
        String named = env.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        Path home = Path.of(System.getProperty("user.home"), ".config", "plsim", "cluster.conf");
        return Files.isRegularFile(home) ? home : null;
    }

    /** @throws IllegalArgumentException naming the file (and line and key) when it is missing or wrong */
    static ClusterSettings read(Path given, Map<String, String> env) {
        Path file = which(given, env);
        if (file == null) {
            return ClusterSettings.DEFAULTS;
        }
        try {
            return ClusterSettings.parse(Files.readAllLines(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + "); allowed: a settings "
                    + "file of key = value lines (" + String.join(", ", ClusterSettings.KEYS.keySet()) + ")");
        }
    }

    static String describe(Path given, Map<String, String> env) {
        Path file = which(given, env);
        return file == null ? "none (defaults; put the site's module line, partition and account once in "
                + "~/.config/plsim/cluster.conf: see plsim cluster --help)" : file.toString();
    }
}
