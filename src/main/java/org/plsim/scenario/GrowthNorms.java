package org.plsim.scenario;

/**
 * National annual growth in student-level SD units, by grade and subject: the business-as-usual
 * trajectory. Hill, Bloom, Black &amp; Lipsey (2008), Child Development Perspectives 2(3), Table 1
 * (spring-to-spring; grade M in EVIDENCE.md, the 3→4 row corroborated).
 *
 * <p>The value for grade g is the growth made <em>during</em> grade g (the table's (g−1)→g column).
 * Kindergarten has no row in the table: PLSim assumes the K→1 value for it, an assumption named in the
 * reference scenario.
 */
public record GrowthNorms(double[] math, double[] reading) {
    /** Hill et al. (2008) Table 1, reading: index = grade (0 = K, assumed equal to grade 1). */
    private static final double[] HILL_READING =
            {1.52, 1.52, 0.97, 0.60, 0.36, 0.40, 0.32, 0.23, 0.26, 0.24, 0.19, 0.19, 0.06};
    /** Hill et al. (2008) Table 1, math: index = grade (0 = K, assumed equal to grade 1). */
    private static final double[] HILL_MATH =
            {1.14, 1.14, 1.03, 0.89, 0.52, 0.56, 0.41, 0.30, 0.32, 0.22, 0.25, 0.14, 0.01};

    public GrowthNorms {
        Checks c = new Checks()
                .require(math != null && math.length == Grades.COUNT, "math", "an array", "13 values, K to 12")
                .require(reading != null && reading.length == Grades.COUNT, "reading", "an array", "13 values, K to 12");
        c.throwIfAny();
        for (int g = 0; g < Grades.COUNT; g++) {
            c.range("math[" + Grades.label(g) + "]", math[g], -0.5, 3)
                    .range("reading[" + Grades.label(g) + "]", reading[g], -0.5, 3);
        }
        c.throwIfAny();
        math = math.clone();
        reading = reading.clone();
    }

    public static GrowthNorms hillEtAl2008() {
        return new GrowthNorms(HILL_MATH, HILL_READING);
    }

    /** Annual growth during {@code grade} in {@code subject} (0 = math, 1 = reading), SD units. */
    public double annual(int subject, int grade) {
        return subject == 0 ? math[grade] : reading[grade];
    }

    @Override
    public double[] math() {
        return math.clone();
    }

    @Override
    public double[] reading() {
        return reading.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrowthNorms n && java.util.Arrays.equals(math, n.math)
                && java.util.Arrays.equals(reading, n.reading);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(math) + java.util.Arrays.hashCode(reading);
    }

    @Override
    public String toString() {
        return "GrowthNorms[math=" + java.util.Arrays.toString(math) + ", reading="
                + java.util.Arrays.toString(reading) + "]";
    }
}
