package org.plsim.testing;

import java.util.ArrayList;
import java.util.List;
import org.plsim.components.ComponentRegistry;
import org.plsim.model.DistrictModel;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ScenarioSpec;

/**
 * Runs a scenario's replicates as paired arms straight on the model (no files), with the components built
 * from the installed registry and the given evidence values, and reads paired effects off the outcomes.
 *
 * <pre>{@code
 * PairedHarness.Result r = PairedHarness.run(spec, TestEvidence.central());
 * double effect = r.meanEffect(1, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL);
 * }</pre>
 */
public final class PairedHarness {
    private PairedHarness() {
    }

    /** Outcomes of both arms of every replicate. */
    public record Result(List<List<Outcome>> treatment, List<List<Outcome>> businessAsUsual) {
        /** Paired effect (treatment − BAU) of replicate r, all grades. */
        public double effect(int r, int year, Measure m, Subject s, Subgroup g) {
            return value(treatment.get(r), year, m, s, g) - value(businessAsUsual.get(r), year, m, s, g);
        }

        public double meanEffect(int year, Measure m, Subject s, Subgroup g) {
            double sum = 0;
            for (int r = 0; r < treatment.size(); r++) {
                sum += effect(r, year, m, s, g);
            }
            return sum / treatment.size();
        }

        public double[] effects(int year, Measure m, Subject s, Subgroup g) {
            double[] e = new double[treatment.size()];
            for (int r = 0; r < e.length; r++) {
                e[r] = effect(r, year, m, s, g);
            }
            return e;
        }

        public double treatmentValue(int r, int year, Measure m, Subject s, Subgroup g) {
            return value(treatment.get(r), year, m, s, g);
        }
    }

    public static Result run(ScenarioSpec spec, EvidenceValues evidence) {
        return runDrawn(spec, r -> evidence);
    }

    /** Evidence values per replicate (e.g. drawn from their uncertainty). */
    public static Result runDrawn(ScenarioSpec spec, java.util.function.IntFunction<EvidenceValues> evidence) {
        ComponentRegistry registry = ComponentRegistry.discover();
        List<List<Outcome>> t = new ArrayList<>();
        List<List<Outcome>> b = new ArrayList<>();
        for (int r = 0; r < spec.replicates(); r++) {
            long seed = RandomStreams.runSeed(spec.seed(), r);
            List<GrantComponent> components = registry.createAll(spec, evidence.apply(r));
            List<Outcome> tr = new ArrayList<>();
            new DistrictModel(spec, seed, components, tr::add, 1).run();
            List<Outcome> bau = new ArrayList<>();
            new DistrictModel(spec, seed, List.of(), registry.createAll(spec, evidence.apply(r)), bau::add, 1).run();
            t.add(tr);
            b.add(bau);
        }
        return new Result(t, b);
    }

    public static double value(List<Outcome> out, int year, Measure m, Subject s, Subgroup g) {
        for (Outcome o : out) {
            if (o.year() == year && o.measure() == m && o.subject() == s && o.group() == g
                    && o.grade() == Outcome.ALL_GRADES) {
                return o.value();
            }
        }
        throw new IllegalArgumentException("no outcome " + year + " " + m + " " + s + " " + g);
    }
}
