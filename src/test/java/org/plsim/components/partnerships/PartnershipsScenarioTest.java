package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.input.ScenarioReader;
import org.plsim.model.component.CostLine;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/** scenarios/components/partnerships.yaml validates (as {@code plsim validate} would), builds and runs. */
class PartnershipsScenarioTest {
    private static final Path FILE = Path.of("scenarios/components/partnerships.yaml");

    @Test
    void scenarioFile_validates_buildsThePartnershipsComponent_andRuns() throws Exception {
        ComponentRegistry registry = ComponentRegistry.discover();
        ScenarioSpec spec = new ScenarioReader().withCheck(s -> registry.createAll(s, TestEvidence.central()))
                .read(FILE);
        List<GrantComponent> built = registry.createAll(spec, TestEvidence.central());
        assertEquals(List.of("partnerships"), built.stream().map(GrantComponent::name).toList());

        List<CostLine> costs = registry.factories().get("partnerships").costs(spec.components().get(0), spec,
                TestEvidence.central());
        double year1 = costs.stream().filter(l -> l.year() == 1).mapToDouble(CostLine::dollars).sum();
        System.out.printf("scenario: %d students, year-1 cost $%,.0f ($%,.0f per student)%n",
                spec.district().schools().stream().mapToLong(g -> (long) g.count() * (g.highGrade() - g.lowGrade() + 1)
                        * g.studentsPerGrade()).sum(), year1, year1 / 7020);

        ScenarioSpec shortRun = new ScenarioSpec(spec.id(), spec.title(), 2, spec.weeksPerYear(), 2, spec.seed(),
                spec.district(), spec.bau(), spec.components());
        PairedHarness.Result r = PairedHarness.run(shortRun, TestEvidence.central());
        for (int year = 1; year <= 2; year++) {
            double math = r.meanEffect(year, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL);
            double reading = r.meanEffect(year, Measure.ACHIEVEMENT, Subject.READING, Subgroup.ALL);
            double q1 = 0.5 * (r.meanEffect(year, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.PRIOR_Q1)
                    + r.meanEffect(year, Measure.ACHIEVEMENT, Subject.READING, Subgroup.PRIOR_Q1));
            double attendance = r.meanEffect(year, Measure.ATTENDANCE, Subject.ALL, Subgroup.ALL);
            double chronic = r.meanEffect(year, Measure.CHRONIC_ABSENCE, Subject.ALL, Subgroup.ALL);
            double engagement = r.meanEffect(year, Measure.ENGAGEMENT, Subject.ALL, Subgroup.ALL);
            System.out.printf("year %d: math %+.4f reading %+.4f Q1 %+.4f attendance %+.4f chronic %+.4f engagement %+.4f%n",
                    year, math, reading, q1, attendance, chronic, engagement);
            assertTrue(math > 0 && reading > 0 && math < 0.15 && reading < 0.15);
            assertTrue(attendance > 0 && chronic < 0);
        }
    }
}
