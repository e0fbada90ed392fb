package org.plsim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who runs a plan as one rollout, so whose size a component's scale attenuation is computed over. Effects
 * shrink as one organisation spreads one program over more students (thinner support per teacher, less
 * selected staff); schools that each run the program on their own do not pool that strain. The label is what
 * {@code district.implementing_unit} says.
 */
public enum ImplementingUnit {
    /** The district runs the plan as one rollout: attenuation over every student it reaches (the default). */
    DISTRICT("district"),
    /**
     * Each school group of the scenario runs it on its own — e.g. a consortium of districts, or the charter
     * networks of a city, each written as a group: attenuation over one group's students reached.
     */
    SCHOOL_GROUP("school_group"),
    /**
     * Each school runs it on its own — e.g. a network of small, independently run charter schools, or a trial
     * in schools of many districts: attenuation over one school's students reached.
     */
    SCHOOL("school");

    private final String label;

    ImplementingUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ImplementingUnit> parse(String text) {
        return Arrays.stream(values()).filter(u -> u.label.equals(text)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ImplementingUnit::label).toList();
    }
}
