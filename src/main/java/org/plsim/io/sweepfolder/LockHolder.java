package org.plsim.io.sweepfolder;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Who holds a sweep folder's lock, as written into the lock file while it holds it: the process id, the host,
 * the command and the moment it took the lock. Only information for the process that is refused — the
 * operating system's lock, which goes when its process dies, is what keeps a second writer out.
 *
 * @param since when the lock was taken (UTC)
 */
public record LockHolder(long pid, String host, String command, Instant since) {
    private static final String[] KEYS = {"pid", "host", "command", "since"};

    /** This process, running {@code command} (as the user typed it), from now. */
    public static LockHolder thisProcess(String command) {
        return new LockHolder(ProcessHandle.current().pid(), localHost(), command, Instant.now());
    }

    /** The lock file's text: one {@code key: value} line each. */
    String text() {
        return "pid: " + pid + "\nhost: " + host + "\ncommand: " + command.replace('\n', ' ') + "\nsince: " + since
                + "\n";
    }

    /** What a lock file says, or null when it says nothing whole (not written yet, or released). */
    static LockHolder parse(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        for (String key : KEYS) {
            if (!fields.containsKey(key)) {
                return null;
            }
        }
        try {
            return new LockHolder(Long.parseLong(fields.get("pid")), fields.get("host"), fields.get("command"),
                    Instant.parse(fields.get("since")));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** For messages: {@code pid 4242 on node17 ("plsim sweep x.yaml --resume") since 2025-01-02T03:04:05Z}. */
    public String describe() {
        return "pid " + pid + " on " + host + " (\"" + command + "\") since " + since;
    }

    private static String localHost() {
        try {
            Path linux = Path.of("/proc/sys/kernel/hostname"); // no name lookup, which can hang on a cluster node
            if (Files.isReadable(linux)) {
                String name = Files.readString(linux, StandardCharsets.UTF_8).trim();
                if (!name.isEmpty()) {
                    return name;
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "an unknown host";
        }
    }
}
