package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A sweep folder that went wrong is named and mended by the command printed for it: one changed byte in a complete
 * shard is reported as damage (file, lines, run), and the printed {@code --shard i/n --resume} reruns that run
 * alone, to a runs.csv byte-identical to the undamaged one. A merge with a sweep file that is not the folder's
 * refuses and writes nothing.
 */
class SweepRepairTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path sweepFile(String name, int replicates) throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), """
                title: small blended district
                years: 1
                district:
                  name: Small
                  schools:
                    - {name: elementary, count: 1, grades: K-5, students_per_grade: 30}
                components:
                  blended_learning:
                    rollout: {grades: 3-5}
                """);
        return Files.writeString(tmp.resolve(name), """
                title: dosage, small
                base: base.yaml
                replicates: %d
                design: factorial
                factors:
                  components.blended_learning.adaptive_minutes_per_week.math: {levels: [45, 90, 180]}
                outputs:
                  measures: [achievement]
                  subgroups: [all]
                """.formatted(replicates));
    }

    private int plsim(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private void shards(Path file, Path dir) {
        for (String shard : List.of("0/2", "1/2")) {
            assertEquals(0, plsim("sweep", file.toString(), "--out", dir.toString(), "--shard", shard, "--quiet"),
                    err.toString());
        }
    }

    /** Every file under {@code dir} with its bytes. */
    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    @Test
    void oneChangedByte_inACompleteShard_isNamedAsDamage_andThePrintedCommandRerunsThatRunAlone() throws Exception {
        Path file = sweepFile("small.yaml", 4);
        Path dir = tmp.resolve("damaged");
        shards(file, dir);
        assertEquals(0, plsim("merge", dir.toString()), err.toString());
        byte[] clean = Files.readAllBytes(dir.resolve("runs.csv"));

        Path shard = dir.resolve("shards/runs-1-of-2.csv");
        List<String> lines = Files.readAllLines(shard);
        int marker = lines.indexOf(lines.stream().filter(l -> l.startsWith("# done point=1 ")).findFirst().orElseThrow());
        String key = lines.get(marker).split(" ")[2] + " " + lines.get(marker).split(" ")[3]; // point=1 replicate=r
        int offset = 0;
        for (int i = 0; i < marker - 1; i++) {
            offset += lines.get(i).length() + 1;
        }
        int digit = offset + lines.get(marker - 1).length() - 1; // the last digit of that run's last row
        byte[] bytes = Files.readAllBytes(shard);
        assertTrue(Character.isDigit(bytes[digit]), text(bytes));
        bytes[digit] = (byte) (bytes[digit] == '7' ? '3' : '7');
        Files.write(shard, bytes);

        assertEquals(2, plsim("status", dir.toString()));
        String said = out.toString();
        assertTrue(said.contains("shard 1/2: 5 of 6 runs, DAMAGED"), said);
        assertTrue(said.contains("DAMAGED: shards/runs-1-of-2.csv lines ") && said.contains(" (" + key.replace('=', ' ')
                + "): rows that do not match their completion marker"), "names file, lines and run: " + said);
        String command = "plsim sweep " + file + " --shard 1/2 --resume --out " + dir;
        assertTrue(said.contains("  " + command + "\n"), said);
        assertEquals(2, plsim("merge", dir.toString()), "a merge refuses too, naming the same command");
        assertTrue(err.toString().contains(command), err.toString());

        assertEquals(0, plsim(command.substring("plsim ".length()).split(" ")), err.toString());
        assertTrue(out.toString().contains("shard 1/2 complete: 1 runs now, 5 done before"), out.toString());
        assertTrue(err.toString().contains("reran the 1 runs missing"), err.toString());
        assertTrue(Files.exists(dir.resolve("shards/runs-1-of-2.csv.damaged")), "the damaged file is kept");
        List<String> markers = Files.readAllLines(shard).stream().filter(l -> l.startsWith("# done ")).toList();
        assertEquals(6, markers.size());
        Set<String> keys = new HashSet<>();
        markers.forEach(m -> keys.add(m.split(" ")[2] + " " + m.split(" ")[3]));
        assertEquals(6, keys.size(), "no run twice");
        assertTrue(markers.get(5).startsWith("# done " + key + " "), "the damaged run alone was rerun, last");

        assertEquals(0, plsim("status", dir.toString()), out.toString());
        assertEquals(0, plsim("merge", dir.toString()), err.toString());
        assertArrayEquals(clean, Files.readAllBytes(dir.resolve("runs.csv")), "byte for byte the undamaged sweep");
    }

    private static int offsetOfLine(byte[] bytes, int line) {
        int seen = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (seen == line) {
                return i;
            }
            if (bytes[i] == '\n') {
                seen++;
            }
        }
        throw new IllegalArgumentException("no line " + line);
    }

    @Test
    void mergeWithASweepFileThatIsNotTheFolders_refusesAndWritesNothing() throws Exception {
        Path file = sweepFile("small.yaml", 2);
        Path other = sweepFile("other.yaml", 3);
        Path dir = tmp.resolve("unmerged");
        shards(file, dir);
        Map<String, byte[]> before = contents(dir);

        assertEquals(2, plsim("merge", dir.toString(), "--sweep", other.toString()));
        assertTrue(err.toString().contains(other + " is not the sweep in " + dir), err.toString());
        assertTrue(err.toString().contains("nothing written to " + dir), err.toString());
        Map<String, byte[]> after = contents(dir);
        assertEquals(before.keySet(), after.keySet(), "no file added or removed");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        assertFalse(Files.exists(dir.resolve("runs.csv")));

        assertEquals(0, plsim("merge", dir.toString(), "--sweep", file.toString()), err.toString());
        assertTrue(Files.exists(dir.resolve("runs.csv")));
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
