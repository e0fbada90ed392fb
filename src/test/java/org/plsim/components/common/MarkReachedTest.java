package org.plsim.components.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plsim.components.ComponentRegistry;
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
 * A component's whole-school answer ({@link GrantComponent#markReached}) marks exactly the students its
 * per-student answer ({@link GrantComponent#reaches}) reaches, and leaves marks already made: over a late
 * start (nobody the first year), part coverage, and a rollout whose grades span two school groups but whose
 * schools are one of them.
 */
class MarkReachedTest {
    /** Asks the component both ways about every student at each year start, after its own year start. */
    private static final class Asker implements GrantComponent {
        final GrantComponent plan;
        long asked;
        long reached;

        Asker(GrantComponent plan) {
            this.plan = plan;
        }

        @Override
        public String name() {
            return "zz_mark_asker";
        }

        @Override
        public void onYearStart(ComponentContext ctx) {
            SplittableRandom premarks = new SplittableRandom(ctx.year());
            for (SchoolView school : ctx.schools()) {
                boolean[] before = new boolean[school.size() + 3];
                for (int i = 0; i < before.length; i++) {
                    before[i] = premarks.nextInt(5) == 0;
                }
                boolean[] marked = before.clone();
                plan.markReached(ctx, school, marked);
                for (int i = 0; i < school.size(); i++) {
                    boolean reaches = plan.reaches(ctx, school, i);
                    assertEquals(before[i] || reaches, marked[i],
                            plan.name() + ", year " + ctx.year() + ", school " + school.id() + ", student " + i);
                    asked++;
                    reached += reaches ? 1 : 0;
                }
                for (int i = school.size(); i < before.length; i++) {
                    assertEquals(before[i], marked[i], "past the school's students: untouched");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"blended_learning", "learning_plans", "competency_progression", "partnerships"})
    void markReached_marksWhomReachesReaches_everyYear(String name) {
        Map<String, Object> settings = Map.of("rollout", Map.of("coverage", 0.6, "grades", "4-7", "start_year", 2,
                "schools", List.of("middle")));
        ScenarioSpec spec = Districts.scenario(Districts.k12(2, 30), 3, 1, List.of(new ComponentSpec(name, settings)));
        List<GrantComponent> components = new ArrayList<>(
                ComponentRegistry.discover().createAll(spec, TestEvidence.central()));
        Asker asker = new Asker(components.get(0));
        components.add(asker);
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), components, o -> { }, 1).run();
        assertTrue(asker.asked > 2000, "asked " + asker.asked);
        assertTrue(asker.reached > 0 && asker.reached < asker.asked / 2, "reached " + asker.reached);
    }
}
