package org.plsim.components.common;

/**
 * What a component setting counts, as the settings reference prints it. One list, so the same quantity is
 * named the same way in every component's table.
 */
public enum Unit {
    MINUTES_PER_WEEK("minutes per week"),
    HOURS_PER_WEEK("hours per week"),
    HOURS_PER_TEACHER_YEAR("hours per teacher per year"),
    DEVICES_PER_STUDENT("devices per reached student"),
    PER_100_REACHED("per 100 students reached"),
    COUNSELORS_PER_1000("counselor FTE per 1,000 students"),
    SHARE("share"),
    SHARE_BY_YEAR("share in each year of implementation"),
    RELIABILITY("reliability coefficient"),
    UNITS_PER_YEAR("units per school year"),
    ROUNDS_PER_UNIT("rounds per unit"),
    PER_YEAR("per school year"),
    WEEK_OF_YEAR("week of the school year (0 = first)"),
    SCHOOL_YEAR("school year (1 = first)"),
    SCHOOL_YEARS("school years"),
    GRADE_SPAN("grade span"),
    SCHOOL_GROUPS("school-group names"),
    SUBJECTS("subjects"),
    DOLLARS("dollars"),
    KIND("kind"),
    SWITCH("switch");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
