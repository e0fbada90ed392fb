package org.plsim.testing;

import java.util.SplittableRandom;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * A test-only component: each week, each student in the served grades gets {@code sd_per_week} extra math
 * learning with probability {@code reach} (drawn from the component's own per-school stream). With
 * {@code sd_per_week: 0} it still makes all its draws but changes nothing: the stream-isolation check.
 */
public final class ExtraPracticeComponent implements GrantComponent {
    private final double sdPerWeek;
    private final double reach;
    private final int fromGrade;

    ExtraPracticeComponent(double sdPerWeek, double reach, int fromGrade) {
        this.sdPerWeek = sdPerWeek;
        this.reach = reach;
        this.fromGrade = fromGrade;
    }

    @Override
    public String name() {
        return "extra_practice";
    }

    @Override
    public void onWeek(ComponentContext ctx, SchoolView school) {
        SplittableRandom rng = ctx.stream("reach", school);
        for (int i = 0; i < school.size(); i++) {
            boolean reached = rng.nextDouble() < reach;
            if (reached && school.grade(i) >= fromGrade && sdPerWeek != 0) {
                school.addLearning(Subject.MATH, i, sdPerWeek);
            }
        }
    }

    /** Registered in the test class path's META-INF/services. */
    public static final class Factory implements GrantComponentFactory {
        @Override
        public String name() {
            return "extra_practice";
        }

        @Override
        public String description() {
            return "test-only: a fixed weekly math boost";
        }

        @Override
        public GrantComponent create(ComponentSpec spec, org.plsim.scenario.ScenarioSpec scenario,
                                     org.plsim.model.component.EvidenceValues evidence) {
            Object v = spec.settings().getOrDefault("sd_per_week", 0.005);
            Object r = spec.settings().getOrDefault("reach", 1.0);
            Object g = spec.settings().getOrDefault("from_grade", 0);
            if (!(v instanceof Number) || !(r instanceof Number) || ((Number) r).doubleValue() > 1) {
                throw new InvalidSpecException(java.util.List.of(new Violation("reach", String.valueOf(r),
                        "a number from 0 to 1")));
            }
            return new ExtraPracticeComponent(((Number) v).doubleValue(), ((Number) r).doubleValue(),
                    ((Number) g).intValue());
        }
    }
}
