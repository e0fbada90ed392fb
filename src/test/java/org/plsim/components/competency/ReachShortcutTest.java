package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.DistrictModel;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.SchoolView;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/**
 * Whom the plan reaches, with the school's part worked out once a year, is whom it reached asking every
 * student's school again: over a late start (nobody the first year), part coverage, and a rollout whose
 * grades span two school groups but whose schools are one of them.
 */
class ReachShortcutTest {
    /** Asks the component about every student at each year start, after the component's own year start. */
    private static final class Asker implements GrantComponent {
        final CompetencyProgression plan;
        long asked;
        long reached;

        Asker(CompetencyProgression plan) {
            this.plan = plan;
        }

        @Override
        public String name() {
            return "zz_reach_asker";   // sorts after competency_progression: asks once its year has started
        }

        @Override
        public void onYearStart(ComponentContext ctx) {
            for (SchoolView school : ctx.schools()) {
                for (int i = 0; i < school.size(); i++) {
                    boolean before = plan.reachesStudentBySchool(ctx, school, i);
                    assertEquals(before, plan.reaches(ctx, school, i),
                            "year " + ctx.year() + ", school " + school.id() + ", student " + i);
                    asked++;
                    reached += before ? 1 : 0;
                }
            }
        }
    }

    @Test
    void reaches_isTheStudentBySchoolAnswer_everyYear() {
        Map<String, Object> settings = Map.of("rollout", Map.of("coverage", 0.6, "grades", "4-7", "start_year", 2,
                "schools", List.of("middle")),
                "pd_hours_per_teacher", 60);
        ScenarioSpec spec = Districts.scenario(Districts.k12(2, 30), 3, 1,
                List.of(new ComponentSpec(CompetencyProgression.NAME, settings)));
        CompetencyProgression plan = (CompetencyProgression) new CompetencyProgressionFactory()
                .create(spec.components().get(0), spec, TestEvidence.central());
        Asker asker = new Asker(plan);
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), List.of(plan, asker), o -> { }, 1).run();
        assertTrue(asker.asked > 2000, "asked " + asker.asked);
        assertTrue(asker.reached > 0 && asker.reached < asker.asked / 2, "reached " + asker.reached);
    }
}
