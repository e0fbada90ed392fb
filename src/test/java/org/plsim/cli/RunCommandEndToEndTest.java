package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code plsim run} from the top-level command on real scenario files, through the YAML reader. */
class RunCommandEndToEndTest {
    private static final Path HOME = Path.of(System.getenv().getOrDefault("PLSIM_HOME", "."));
    private static final String SMALL_PLAN = """
            title: A small district with extra math practice
            years: 2
            replicates: 2
            seed: 5
            district:
              name: Test Unified
              schools:
                - name: elementary
                  count: 2
                  grades: K-5
                  students_per_grade: 40
                - name: middle
                  count: 1
                  grades: 6-8
                  students_per_grade: 80
            components:
              extra_practice:
                sd_per_week: 0.004
            """;

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int plsim(String... args) {
        CommandLine cli = Main.commandLine().setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void quickstart_writesEveryFile_withTheDocumentedColumnsAndManifestKeys() throws IOException {
        Path results = tmp.resolve("results");

        int exit = plsim("run", HOME.resolve("scenarios/quickstart.yaml").toString(), "--replicates", "2",
                "--results-dir", results.toString(), "--no-progress");

        assertEquals(0, exit, err.toString());
        List<Path> runs = list(results.resolve("quickstart"));
        assertEquals(1, runs.size());
        Path folder = runs.get(0);
        assertTrue(folder.getFileName().toString().matches("\\d{8}-\\d{6}-seed20120101"), folder.toString());
        assertEquals(List.of("effects.csv", "effects.svg", "manifest.json", "outcomes.csv", "report.html",
                "summary.csv", "trajectory.png", "trajectory.svg"), list(folder).stream().map(p -> p.getFileName().toString()).toList());
        assertEquals("scenario_id,replicate,run_seed,arm,year,grade,subject,subgroup,measure,unit,value,n",
                firstLine(folder.resolve("outcomes.csv")));
        assertEquals("scenario_id,replicate,run_seed,year,grade,subject,subgroup,measure,unit,treatment,bau,effect",
                firstLine(folder.resolve("effects.csv")));
        assertEquals("scenario_id,year,grade,subject,subgroup,measure,unit,n_replicates,treatment_mean,bau_mean,"
                        + "effect_mean,effect_sd,effect_ci_low,effect_ci_high,percentile_gain,kraft_band,"
                        + "cost_per_student_to_date,cost_per_student_per_0.1sd",
                firstLine(folder.resolve("summary.csv")));
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        List<String> keys = new ArrayList<>();
        manifest.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("kind", "scenario_id", "created_at", "plsim_version", "model_version", "git_commit",
                "scenario_source", "scenario_sha256", "root_seed", "replicates", "run_seeds", "command_line",
                "threads", "available_processors", "java_version", "java_vendor", "os", "timings", "files",
                "guard_rails", "costs", "evidence", "scenario"), keys);
        assertEquals(List.of("mode", "registry_sha256", "replicates"), names(manifest.get("evidence")));
        assertEquals(List.of("wall_seconds", "model_seconds", "student_weeks", "student_steps_per_second"),
                names(manifest.get("timings")));
        assertEquals(7, manifest.get("files").size());
        assertEquals("Quickstart Unified", manifest.get("scenario").get("district").get("name").asText());
        assertTrue(out.toString().contains("both arms are business as usual"), out.toString());
    }

    @Test
    void thePrintedWallTimeAndRate_areTheOnesTheManifestRecords() throws IOException {
        Path plan = Files.writeString(tmp.resolve("small-plan.yaml"), SMALL_PLAN);

        assertEquals(0, plsim("run", plan.toString(), "--out", tmp.resolve("out").toString(), "--no-progress"),
                err.toString());

        JsonNode timings = new ObjectMapper().readTree(tmp.resolve("out/manifest.json").toFile()).get("timings");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "Wall time +([0-9.]+) s .*\\(([0-9,]+) student-weeks simulated, ([0-9,]+) student-weeks/s\\)")
                .matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", timings.get("wall_seconds").asDouble()), m.group(1));
        assertEquals(timings.get("student_weeks").asLong(), Long.parseLong(m.group(2).replace(",", "")));
        assertEquals(Math.round(timings.get("student_steps_per_second").asDouble()),
                Long.parseLong(m.group(3).replace(",", "")));
    }

    @Test
    void aPlanWithAComponent_printsTheEffectOnAchievementByYearAndSubject() throws IOException {
        Path plan = Files.writeString(tmp.resolve("small-plan.yaml"), SMALL_PLAN);

        int exit = plsim("run", plan.toString(), "--out", tmp.resolve("out").toString());

        assertEquals(0, exit, err.toString());
        String summary = out.toString();
        assertTrue(summary.contains("Scenario    small-plan: A small district with extra math practice"), summary);
        assertTrue(summary.contains("720 students in 3 schools, 2 school years"), summary);
        assertEquals(4, summary.lines().filter(l -> l.matches("\\s+[12]\\s+(math|reading)\\s+[-+]\\d\\.\\d{3} SD.*"))
                .count(), summary);
        assertEquals("", err.toString());
    }

    @Test
    void aBadFile_getsEveryProblemWithItsLine_exit2_andNoFolder() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), SMALL_PLAN.replace("years: 2", "years: 40")
                .replace("  name: Test Unified", "  name: Test Unified\n  class_size: 0"));

        int exit = plsim("run", bad.toString(), "--results-dir", tmp.resolve("results").toString());

        assertEquals(2, exit);
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.contains(bad + ":2: years: found 40, allowed: a whole number from 1 to 12"), err.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(bad + ":7: district.class_size: found 0")),
                err.toString());
        assertFalse(Files.exists(tmp.resolve("results")));
        assertEquals("", out.toString());
    }

    @Test
    void anUnknownComponent_isNamedAtItsLine_exit2_andNoFolder() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), SMALL_PLAN.replace("extra_practice:", "tutoring:"));

        int exit = plsim("run", bad.toString(), "--results-dir", tmp.resolve("results").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().startsWith(bad + ":"), err.toString());
        assertTrue(err.toString().contains("components.tutoring: found unknown component 'tutoring'"),
                err.toString());
        assertFalse(Files.exists(tmp.resolve("results")));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static String firstLine(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
