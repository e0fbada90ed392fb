package org.plsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.plsim.io.files.Sha256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plsim check}: does this machine reproduce PLSim's results? Runs the small golden sweep shipped in the
 * jar on one thread and on several, and split in two shards then merged, compares their tables byte for byte,
 * and the runs against the hash pinned when the model version was released.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks that this machine reproduces PLSim's results: the small golden sweep shipped with "
                + "PLSim (2 x 2 points, 3 replicates) on 1 thread and on --threads, split into 2 shards and merged, "
                + "and its runs.csv against the SHA-256 pinned for this model version. Prints each check with MATCH "
                + "or DIFFERS. Takes well under a minute; writes only to a temporary folder it removes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check matches", "1:something differs, or a sweep failed", "2:bad options"})
public final class CheckCommand implements Callable<Integer> {
    static final String RESOURCES = "/org/plsim/check/";
    static final String SWEEP = "fixed.yaml";
    static final List<String> FILES = List.of("fixed.yaml", "base.yaml");
    static final String GOLDEN = "golden.sha256";
    static final List<String> TABLES = List.of("runs.csv", "design.csv", "summary.csv", "factor_effects.csv",
            "equity.csv");

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the parallel run (default: the "
            + "machine's processors, at least 2).")
    Integer threads;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        int n = threads != null ? threads : Math.max(2, Runtime.getRuntime().availableProcessors());
        if (n < 2) {
            err.println("plsim check: --threads: found " + n + ", allowed: 2 or more (1 is the run it is compared to)");
            return 2;
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("plsim-check");
            Path sweep = unpack(tmp);
            out.println("plsim check: golden sweep (" + SWEEP + "), 4 points x 3 replicates");
            boolean ok = sweep(err, sweep, tmp.resolve("one"), "--threads", "1")
                    && sweep(err, sweep, tmp.resolve("many"), "--threads", Integer.toString(n))
                    && sweep(err, sweep, tmp.resolve("split"), "--threads", Integer.toString(n), "--shard", "0/2")
                    && sweep(err, sweep, tmp.resolve("split"), "--threads", Integer.toString(n), "--shard", "1/2")
                    && plsim(err, "merge", tmp.resolve("split").toString(), "--sweep", sweep.toString()) == 0;
            if (!ok) {
                out.println("DIFFERS  a sweep failed (see above)");
                return 1;
            }
            boolean all = say(out, "1 thread vs " + n + " threads", same(tmp.resolve("one"), tmp.resolve("many")));
            all &= say(out, "2 shards merged vs unsplit", same(tmp.resolve("many"), tmp.resolve("split")));
            String[] pinned = pinned();
            String actual = Sha256.ofFile(tmp.resolve("one").resolve("runs.csv"));
            all &= say(out, "runs.csv vs golden SHA-256 " + pinned[1].substring(0, 12) + "…", actual.equals(pinned[1]));
            out.println(all ? "All checks match: this machine reproduces PLSim's results."
                    : "Something differs: please report it with the output of plsim --version.");
            return all ? 0 : 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("plsim check: could not use a temporary folder: " + e.getMessage());
            return 1;
        } finally {
            delete(tmp);
        }
    }

    private static boolean say(PrintWriter out, String what, boolean match) {
        out.printf("%-8s %s%n", match ? "MATCH" : "DIFFERS", what);
        return match;
    }

    private boolean sweep(PrintWriter err, Path sweep, Path folder, String... options) {
        List<String> args = new ArrayList<>(List.of("sweep", sweep.toString(), "--out", folder.toString(), "--quiet"));
        args.addAll(Arrays.asList(options));
        return plsim(err, args.toArray(String[]::new)) == 0;
    }

    private static int plsim(PrintWriter err, String... args) {
        return Main.commandLine(args).setOut(new PrintWriter(Writer.nullWriter())).setErr(err).execute(args);
    }

    /** Whether every table of {@link #TABLES} is byte-identical in both folders (a missing one differs). */
    static boolean same(Path a, Path b) throws IOException {
        for (String t : TABLES) {
            if (!Files.isRegularFile(a.resolve(t)) || !Files.isRegularFile(b.resolve(t))
                    || Files.mismatch(a.resolve(t), b.resolve(t)) != -1) {
                return false;
            }
        }
        return true;
    }

    /** The golden line: {@code runs.csv <sha256> <bytes>}. */
    static String[] pinned() throws IOException {
        return text(GOLDEN).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst()
                .orElseThrow(() -> new IOException("no pinned hash in the jar")).trim().split(" ");
    }

    static String text(String resource) throws IOException {
        try (InputStream in = CheckCommand.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) {
                throw new IOException(resource + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path unpack(Path tmp) throws IOException {
        for (String f : FILES) {
            Files.writeString(tmp.resolve(f), text(f));
        }
        return tmp.resolve(SWEEP);
    }

    private static void delete(Path tmp) {
        if (tmp == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(tmp)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
