package org.plsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plsim.components.ComponentRegistry;
import org.plsim.model.component.CostLine;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * The ingredient costs of a scenario's plan, year by year, as its components compute them from the scenario
 * alone (Levin &amp; Belfield 2015's ingredients method): what the budget is checked against and what cost
 * per student is reported from.
 *
 * @param lines    every component's ingredient lines, in component then year order
 * @param students students enrolled in the district at the start (the denominator of cost per student)
 */
public record CostPlan(List<CostLine> lines, long students) {
    public CostPlan {
        lines = List.copyOf(lines);
    }

    public static CostPlan of(ScenarioSpec scenario, ComponentRegistry registry, EvidenceValues evidence) {
        List<CostLine> lines = new ArrayList<>();
        for (ComponentSpec spec : scenario.components()) {
            GrantComponentFactory f = registry.factories().get(spec.name());
            if (f != null) {
                lines.addAll(f.costs(spec, scenario, evidence));
            }
        }
        return new CostPlan(lines, scenario.district().students());
    }

    /** Dollars spent in school year {@code year}, all components. */
    public double dollars(int year) {
        return lines.stream().filter(l -> l.year() == year).mapToDouble(CostLine::dollars).sum();
    }

    /** Dollars {@code component} spends in school year {@code year}. */
    public double dollarsIn(String component, int year) {
        return lines.stream().filter(l -> l.component().equals(component) && l.year() == year)
                .mapToDouble(CostLine::dollars).sum();
    }

    /** Dollars {@code component} spends in years 1 … {@code years}. */
    public double dollars(String component, int years) {
        return lines.stream().filter(l -> l.component().equals(component) && l.year() <= years)
                .mapToDouble(CostLine::dollars).sum();
    }

    /** Dollars all components spend in years 1 … {@code years}. */
    public double dollarsThrough(int years) {
        return lines.stream().filter(l -> l.year() <= years).mapToDouble(CostLine::dollars).sum();
    }

    /** Dollars per enrolled student in school year {@code year}. */
    public double perStudent(int year) {
        return students == 0 ? 0 : dollars(year) / students;
    }

    /** Dollars over years 1 … {@code years} by component, in name order. */
    public Map<String, Double> byComponent(int years) {
        Map<String, Double> m = new TreeMap<>();
        for (CostLine l : lines) {
            if (l.year() <= years) {
                m.merge(l.component(), l.dollars(), Double::sum);
            }
        }
        return m;
    }
}
