package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.csv.ReproductionsCsv;
import picocli.CommandLine;

/** plsim reproduce: writes the folder and the latest copies, refuses bad files whole, and --strict fails on gaps. */
class ReproduceCommandTest {
    static final String STUDY = """
            title: tiny blended trial
            replicates: 4
            components:
              blended_learning:
                adaptive_minutes_per_week: {math: 90, reading: 0}
                rollout: {grades: 3-5}
            study:
              citation: "Nobody (2024). A tiny trial."
              design: randomized
              sample: {students: 180, schools: 2, grades: 3-5, years: 1}
              outcome: {measure: achievement, subject: math}
              published: {estimate: 0.05, low: LOW, high: HIGH, interval: "95% CI"}
            """;

    @TempDir
    Path tmp;

    private int reproduce(StringWriter out, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        String[] all = new String[args.length + 1];
        all[0] = "reproduce";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    private Path study(String name, String low, String high) throws Exception {
        return Files.writeString(tmp.resolve(name), STUDY.replace("LOW", low).replace("HIGH", high));
    }

    @Test
    void aFolderOfStudies_isReproducedIntoAFolder_andTheLatestReportIsPublished() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("studies"));
        Files.move(study("wide.yaml", "-1.0", "1.0"), dir.resolve("wide.yaml"));
        Path results = tmp.resolve("results");
        StringWriter out = new StringWriter();
        assertEquals(0, reproduce(out, dir.toString(), "--results-dir", results.toString(), "--threads", "2",
                "--max-replicates", "8"), out.toString());
        assertTrue(out.toString().contains("1 of 1 studies within their published interval"), out.toString());
        List<Path> folders;
        try (Stream<Path> s = Files.list(results.resolve("studies"))) {
            folders = s.filter(Files::isDirectory).toList();
        }
        assertEquals(1, folders.size());
        for (String f : List.of("reproductions.csv", "reproductions.png", "reproductions.svg", "report.html",
                "manifest.json")) {
            assertTrue(Files.size(folders.get(0).resolve(f)) > 0, f);
        }
        assertEquals(Files.readString(folders.get(0).resolve("report.html")),
                Files.readString(results.resolve("studies/report.html")));
        List<String> csv = Files.readAllLines(results.resolve("studies/reproductions.csv"));
        assertEquals(String.join(",", ReproductionsCsv.COLUMNS), csv.get(0));
        assertTrue(csv.get(1).startsWith("wide,randomized,0.500000,district,business_as_usual,achievement,math,1,3-5,all,"), csv.get(1));
        String manifest = Files.readString(folders.get(0).resolve("manifest.json"));
        assertTrue(manifest.contains("\"kind\" : \"reproduce\"") && manifest.contains("Nobody (2024)"), manifest);
    }

    @Test
    void aFileWithSeveralOutcomes_writesARowForEach_andItsManifestNamesTheFileForEach() throws Exception {
        Path file = Files.writeString(tmp.resolve("k8.yaml"), org.plsim.study.SeveralGroupsAndOutcomesTest.STUDY);
        Path out = tmp.resolve("out");
        StringWriter said = new StringWriter();
        assertEquals(0, reproduce(said, file.toString(), "--out", out.toString(), "--threads", "2",
                "--max-replicates", "4"), said.toString());
        List<String> csv = Files.readAllLines(out.resolve("reproductions.csv"));
        assertEquals(3, csv.size(), csv.toString());
        assertTrue(csv.get(1).startsWith("k8/math,cluster_rct,0.600000,district,business_as_usual,achievement,math,1,3-8,"),
                csv.get(1));
        assertTrue(csv.get(2).startsWith("k8/reading,cluster_rct,0.600000,district,business_as_usual,achievement,"
                + "reading,1,6-8,"), csv.get(2));
        assertTrue(csv.get(1).contains(",1620,5,K-5; 6-8,1,"), "students, schools (all groups), grade spans: " + csv.get(1));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertEquals(2, manifest.split("\"source_file\"", -1).length - 1, "a manifest entry per row: " + manifest);
        assertTrue(manifest.contains("\"id\" : \"k8/math\"") && manifest.contains("\"id\" : \"k8/reading\""), manifest);
    }

    @Test
    void sameStudiesAndSeed_giveByteIdenticalCsv_whateverTheThreads() throws Exception {
        Path f = study("s.yaml", "0.0", "0.1");
        StringWriter out = new StringWriter();
        assertEquals(0, reproduce(out, f.toString(), "--out", tmp.resolve("a").toString(), "--threads", "1",
                "--max-replicates", "6", "-q"), out.toString());
        assertEquals(0, reproduce(out, f.toString(), "--out", tmp.resolve("b").toString(), "--threads", "3",
                "--max-replicates", "6", "-q"), out.toString());
        assertEquals(Files.readString(tmp.resolve("a/reproductions.csv")),
                Files.readString(tmp.resolve("b/reproductions.csv")));
        assertFalse(Files.exists(tmp.resolve("results")), "--out makes no latest copies");
    }

    @Test
    void aBadFileAmongGoodOnes_isReported_andNothingRunsOrIsWritten() throws Exception {
        Path good = study("good.yaml", "0.0", "0.1");
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), STUDY.replace("LOW", "0.2").replace("HIGH", "0.3")
                .replace("design: randomized", "design: hearsay"));
        StringWriter out = new StringWriter();
        Path results = tmp.resolve("results");
        assertEquals(2, reproduce(out, good.toString(), bad.toString(), "--results-dir", results.toString()));
        assertTrue(out.toString().contains("bad.yaml:9: study.design: found 'hearsay'"), out.toString());
        assertTrue(out.toString().contains("bad.yaml:12: study.published.interval"), out.toString());
        assertFalse(Files.exists(results), "nothing written");
    }

    @Test
    void strict_exitsThree_whenAStudyIsOutsideItsInterval() throws Exception {
        Path far = study("far.yaml", "0.9", "1.0").resolveSibling("far.yaml");
        Files.writeString(far, Files.readString(far).replace("estimate: 0.05", "estimate: 0.95"));
        StringWriter out = new StringWriter();
        assertEquals(3, reproduce(out, far.toString(), "--strict", "--out", tmp.resolve("o").toString(),
                "--max-replicates", "4"), out.toString());
        assertTrue(out.toString().contains("outside (gap -"), out.toString());
    }

    @Test
    void aReproductionFolder_rerunsByteIdenticallyFromItsManifest() throws Exception {
        Path f = study("rerun-me.yaml", "0.0", "0.1");
        StringWriter out = new StringWriter();
        assertEquals(0, reproduce(out, f.toString(), "--out", tmp.resolve("first").toString(), "--max-replicates", "6",
                "-q"), out.toString());
        Files.delete(f); // the manifest alone must do
        CommandLine cli = Main.commandLine();
        StringWriter said = new StringWriter();
        cli.setOut(new PrintWriter(said, true));
        cli.setErr(new PrintWriter(said, true));
        assertEquals(0, cli.execute("rerun", tmp.resolve("first/manifest.json").toString(), "--out",
                tmp.resolve("again").toString(), "--no-progress"), said.toString());
        assertTrue(said.toString().contains("byte-identical: 1 of 1 CSVs match"), said.toString());
    }

    @Test
    void aBatchOfRateStudiesAlone_writesItsOutputs_andExitsZero() throws Exception {
        // a study reporting a share of students had no axis on the chart, which then had no series at all
        StringWriter out = new StringWriter();
        Path folder = tmp.resolve("rates");
        assertEquals(0, reproduce(out, "scenarios/studies/schneider-2017-college-ambition.yaml", "--out",
                folder.toString(), "--max-replicates", "8", "-q"), out.toString());
        for (String f : List.of("reproductions.csv", "reproductions.png", "reproductions.svg", "report.html",
                "manifest.json")) {
            assertTrue(Files.size(folder.resolve(f)) > 0, f);
        }
    }

    @Test
    void aBatchMixingSdAndRateStudies_numbersEveryStudyOnTheChart() throws Exception {
        Path sd = study("sd.yaml", "-1.0", "1.0");
        Path rate = Files.writeString(tmp.resolve("rate.yaml"), STUDY.replace("LOW", "-0.5").replace("HIGH", "0.5")
                .replace("grades: 3-5}", "grades: 9-12}").replace("grades: 3-5,", "grades: 9-12,")
                .replace("{measure: achievement, subject: math}", "{measure: graduation, subject: all, grades: 12}"));
        StringWriter out = new StringWriter();
        Path folder = tmp.resolve("mixed");
        assertEquals(0, reproduce(out, sd.toString(), rate.toString(), "--out", folder.toString(),
                "--max-replicates", "4", "-q"), out.toString());
        String html = Files.readString(folder.resolve("report.html"));
        assertFalse(html.contains("<td class=\"n\">&ndash;</td>"), "every study is numbered on the chart");
    }
}
