package org.plsim.model.observe;

/** What an {@link Outcome} measures, with its unit. */
public enum Measure {
    /** Mean achievement against national norms at the spring test (year 0: the fall baseline). */
    ACHIEVEMENT("achievement", "SD units vs national norm"),
    /** Mean growth over the school year on the vertical scale. */
    GAIN("gain", "SD units per year"),
    /** Mean share of school days attended. */
    ATTENDANCE("attendance_rate", "share of days attended"),
    /** Share of students absent 10% or more of the days enrolled. */
    CHRONIC_ABSENCE("chronic_absence", "share of students"),
    /** Students enrolled. */
    ENROLLMENT("students", "students");

    private final String label;
    private final String unit;

    Measure(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public static Measure fromLabel(String s) {
        for (Measure v : values()) {
            if (v.label.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown measure: " + s);
    }
}
