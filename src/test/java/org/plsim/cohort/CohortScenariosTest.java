package org.plsim.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.BudgetFit;
import org.plsim.io.input.ScenarioReader;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.SchoolGroup;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/**
 * The RTT-D cohort library ({@code scenarios/rttd-2012/}, {@code scenarios/rttd-2013/}): every file validates
 * and fits its budget as a run would (read, components built at central evidence values, plan held to the
 * budget), carries its grantee's award as its budget, models the students served within 10%, switches on
 * exactly the components of its plan emphasis (EVIDENCE.md §9; for 2013 the ASSUMED ones its header names),
 * and runs.
 *
 * <p>The expected facts are in {@link #EXPECTED}, one row per file; each row's student count is the figure
 * the file's header gives as "Students served" (sourced, or marked there as an ASSUMPTION).
 *
 * <p>The run test is kept fast: one replicate, one school year, central evidence values, and for districts of
 * more than {@value #DOWNSCALE_ABOVE} students (Miami-Dade, Puget Sound, Green River, Houston, Kentucky
 * Valley) every school group's students_per_grade divided by {@value #DOWNSCALE}. The budget is fitted to
 * the full-size district first, so the downscaled run keeps the coverage the award pays for.
 */
class CohortScenariosTest {
    static final Path DIR_2012 = Path.of("scenarios/rttd-2012");
    static final Path DIR_2013 = Path.of("scenarios/rttd-2013");
    static final int DOWNSCALE_ABOVE = 30_000;
    static final int DOWNSCALE = 10;

    static final String B = "blended_learning";
    static final String I = "learning_plans";
    static final String C = "competency_progression";
    static final String P = "partnerships";

    /** What a file must carry: its award, the students served, its components. */
    record Expected(double award, long students, Set<String> components) {
        Expected(double award, long students, String... components) {
            this(award, students, Set.of(components));
        }
    }

    /** File base name → facts (EVIDENCE.md §9; assumptions as the files' headers mark them). */
    static final Map<String, Expected> EXPECTED = Map.ofEntries(
            // 2012 cohort (16)
            Map.entry("carson-city-sd", new Expected(10_000_000, 7_100, I, P)),
            Map.entry("new-haven-unified", new Expected(29_000_000, 13_000, B)),
            Map.entry("miami-dade-county-ps", new Expected(30_000_000, 44_100, B)),          // 49 schools x ~900: ASSUMPTION
            Map.entry("puget-sound-esd", new Expected(40_000_000, 147_000, P, I)),
            Map.entry("guilford-county-schools", new Expected(30_000_000, 17_000, B, C)),
            Map.entry("msd-warren-township", new Expected(28_500_000, 12_100, B, I)),
            Map.entry("idea-public-schools", new Expected(29_000_000, 13_000, B, P)),
            Map.entry("charleston-county-sd", new Expected(19_400_000, 9_500, B, C)),
            Map.entry("harmony-public-schools", new Expected(30_000_000, 14_560, I, P)),     // 38 campuses: size ASSUMPTION
            Map.entry("st-vrain-valley-sd", new Expected(16_600_000, 7_578, I, P)),
            Map.entry("galt-joint-union-elementary", new Expected(10_000_000, 3_972, P, B)),
            Map.entry("iredell-statesville-schools", new Expected(20_000_000, 9_000, B)),
            Map.entry("middletown-city-sd", new Expected(19_900_000, 7_200, B, C, I)),
            Map.entry("kipp-dc", new Expected(10_000_000, 3_000, P)),
            Map.entry("green-river-regional-ed-coop", new Expected(40_000_000, 59_311, B, I)),
            Map.entry("lindsay-unified-sd", new Expected(10_000_000, 4_074, C, B)),
            // 2013 winners (5): sizes partly and components wholly ASSUMPTIONS, see each header
            Map.entry("clarendon-county-two", new Expected(25_000_000, 10_020, B, I)),
            Map.entry("clarksdale-municipal-sd", new Expected(10_000_000, 3_350, B, I)),
            Map.entry("houston-isd", new Expected(30_000_000, 48_000, B, P)),
            Map.entry("kentucky-valley-ed-coop", new Expected(30_000_000, 45_000, B, I)),
            Map.entry("springdale-sd", new Expected(25_900_000, 20_500, B, I)));

    static Stream<Path> files() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(DIR_2012, DIR_2013)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    static String base(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    static ScenarioSpec checked(Path file) throws Exception {
        ScenarioSpec spec = new ScenarioReader().read(file);
        assertNotNull(spec, file.toString());
        return BudgetFit.checked(spec, ComponentRegistry.discover(), EvidenceRegistry.builtIn());
    }

    @Test
    void library_hasSixteen2012GranteesAndFive2013Winners() throws IOException {
        Set<String> bases = files().map(CohortScenariosTest::base).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(EXPECTED.keySet()), bases);
        try (Stream<Path> s = Files.list(DIR_2012)) {
            assertEquals(16, s.filter(p -> p.toString().endsWith(".yaml")).count());
        }
        assertTrue(Files.exists(DIR_2012.resolve("README.md")));
        assertTrue(Files.exists(DIR_2013.resolve("README.md")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void file_validates_withItsAwardStudentsAndEmphasis(Path file) throws Exception {
        Expected want = EXPECTED.get(base(file));
        assertNotNull(want, "no expected facts for " + file);
        ScenarioSpec spec = checked(file);
        assertEquals(4, spec.years(), "years");
        assertEquals(4, spec.replicates(), "replicates");
        assertNotNull(spec.budget(), "budget");
        assertEquals(want.award(), spec.budget().totalDollars(), 0.5, "budget.total_dollars is the award");
        assertEquals(4, spec.budget().grantYears(), "budget.grant_years");
        long students = spec.district().students();
        assertTrue(Math.abs(students - want.students()) <= 0.10 * want.students(),
                file + ": " + students + " students modelled, served " + want.students());
        assertTrue(spec.district().lowIncomeShare() >= 0.40, "low_income_share at least RTT-D's 0.40 floor");
        assertEquals(want.components(), spec.components().stream().map(ComponentSpec::name)
                .collect(Collectors.toSet()), "components switched on");
        String header = Files.readString(file);
        assertTrue(header.contains("ASSUMPTION"), "assumptions are marked");
        assertTrue(header.contains(String.format("%,d", want.students())), "header names the students served");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void file_runs_oneYearOneReplicate_mathEffectPositive(Path file) throws Exception {
        ScenarioSpec fitted = checked(file);
        ScenarioSpec small = small(fitted);
        PairedHarness.Result r = PairedHarness.run(small, TestEvidence.central());
        double math = r.meanEffect(1, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL);
        Set<String> on = fitted.components().stream().map(ComponentSpec::name).collect(Collectors.toSet());
        if (on.equals(Set.of(I))) {
            assertTrue(math >= 0, file + ": plans-only math effect " + math);
        } else {
            assertTrue(math > 0, file + ": standardized math effect " + math);
        }
        assertTrue(math < 0.35, file + ": math effect " + math + " beyond the 0.35 SD guard-rail");
    }

    /** One replicate, one year; big districts downscaled (students_per_grade / 10, at least 1). */
    static ScenarioSpec small(ScenarioSpec s) {
        DistrictSpec d = s.district();
        if (d.students() > DOWNSCALE_ABOVE) {
            List<SchoolGroup> groups = d.schools().stream().map(g -> new SchoolGroup(g.name(), g.count(),
                    g.lowGrade(), g.highGrade(), Math.max(1, g.studentsPerGrade() / DOWNSCALE))).toList();
            d = new DistrictSpec(d.name(), groups, d.lowIncomeShare(), d.englishLearnerShare(), d.disabilityShare(),
                    d.classSize(), d.counselorRatio(), d.baselineMath(), d.baselineReading(), d.attendanceRate(),
                    d.graduationRate(), d.collegeRate());
        }
        return new ScenarioSpec(s.id(), s.title(), 1, s.weeksPerYear(), 1, s.seed(), d, s.bau(), s.components(),
                s.uncertainty(), s.evidence(), s.budget());
    }
}
