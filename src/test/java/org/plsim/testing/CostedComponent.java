package org.plsim.testing;

import java.util.ArrayList;
import java.util.List;
import org.plsim.components.common.About;
import org.plsim.components.common.DefaultGrades;
import org.plsim.components.common.Rollout;
import org.plsim.components.common.Settings;
import org.plsim.components.common.Unit;
import org.plsim.model.component.Basis;
import org.plsim.model.component.CostLine;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * A test-only component that does nothing in the model and costs {@code per_student} dollars per reached
 * student per year plus {@code fixed} dollars per year: what budget checks are tested with.
 */
public final class CostedComponent implements GrantComponent {
    private final String name;

    CostedComponent(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    /** Two registered copies, so budgets with a split can be tested. */
    public static class Factory implements GrantComponentFactory {
        private static final DefaultGrades GRADES = new DefaultGrades(0, 12, Basis.assumption("test-only"));
        private static final About PER_STUDENT = new About(Unit.DOLLARS, "dollars a reached student",
                Basis.assumption("test-only"));
        private static final About FIXED = new About(Unit.DOLLARS, "dollars a year", Basis.assumption("test-only"));
        protected String componentName() {
            return "costed";
        }

        @Override
        public String name() {
            return componentName();
        }

        @Override
        public String description() {
            return "test-only: costs money, does nothing";
        }

        @Override
        public GrantComponent create(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
            read(spec);
            return new CostedComponent(componentName());
        }

        @Override
        public List<CostLine> costs(ComponentSpec spec, ScenarioSpec scenario, EvidenceValues evidence) {
            Settings s = new Settings(spec.settings());
            Rollout r = Rollout.read(s, GRADES);
            double perStudent = s.number("per_student", 100, 0, 1e6, PER_STUDENT);
            double fixed = s.number("fixed", 0, 0, 1e9, FIXED);
            s.done();
            List<CostLine> lines = new ArrayList<>();
            for (int y = 1; y <= scenario.years(); y++) {
                lines.add(new CostLine(componentName(), "seats", y, perStudent * r.reachedStudents(scenario),
                        "per reached student"));
                lines.add(new CostLine(componentName(), "coordinator", y, fixed, "fixed"));
            }
            return lines;
        }

        private void read(ComponentSpec spec) {
            Settings s = new Settings(spec.settings());
            Rollout.read(s, GRADES);
            s.number("per_student", 100, 0, 1e6, PER_STUDENT);
            s.number("fixed", 0, 0, 1e9, FIXED);
            s.done();
        }
    }

    public static final class Other extends Factory {
        @Override
        protected String componentName() {
            return "costed_other";
        }
    }
}
