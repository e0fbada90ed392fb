package org.plsim.components.partnerships;

import java.util.Arrays;
import org.plsim.model.component.SchoolView;

/**
 * Cross-school teacher networks (professional learning communities) in the served schools: they build the
 * school's collaboration climate, the shared signal {@link SchoolView#collaboration()}, and teachers who
 * work in a collaborative climate improve faster.
 *
 * <ul>
 * <li><b>Climate.</b> Each fall the climate moves {@code climateGain} of the way toward its target, the
 *     component's intensity that year × coverage (the share of teachers taking part): it builds over several
 *     years, and after the grant it settles back toward the sustained intensity.</li>
 * <li><b>Teacher growth</b> (Kraft &amp; Papay 2014: teachers in supportive professional environments improve
 *     38% more over ten years; Ronfeldt et al. 2015). Each fall every teaching post adds {@code teacherGrowth}
 *     × climate to its accumulated growth, SD of student learning a year; a post whose teacher is new to the
 *     school ({@code teacherTenure} 0) starts again from 0. The growth is cumulative, so this effect arrives
 *     slowly: small in the first year, larger in later ones.</li>
 * </ul>
 * Per-school state, touched only from the year hook (single thread) and read in that school's week hook.
 */
final class TeacherNetwork {
    private final double climateGain;
    private final double teacherGrowth;
    private final double[][] growth;

    TeacherNetwork(int schools, double climateGain, double teacherGrowth) {
        this.climateGain = climateGain;
        this.teacherGrowth = teacherGrowth;
        this.growth = new double[schools][0];
    }

    /** The fall update for one served school; {@code target} is intensity × coverage this year. */
    void startYear(SchoolView school, double target) {
        double c = school.collaboration();
        c += climateGain * (target - c);
        school.setCollaboration(c);
        double climate = school.collaboration();
        int k = school.id();
        int n = school.teacherCount();
        if (growth[k].length < n) {
            growth[k] = Arrays.copyOf(growth[k], n);
        }
        double[] g = growth[k];
        for (int t = 0; t < n; t++) {
            if (school.teacherTenure(t) == 0) {
                g[t] = 0.0;
            }
            if (school.teacherGrade(t) >= 0) {
                g[t] += teacherGrowth * climate;
            }
        }
    }

    /**
     * Each post's accumulated growth / {@code weeks}: a week's share, worked out once a fall (the
     * growth changes only in the fall); read it with {@link #of}.
     */
    double[] perWeek(SchoolView school, double weeks) {
        double[] g = growth[school.id()];
        double[] w = new double[g.length];
        for (int t = 0; t < g.length; t++) {
            w[t] = g[t] / weeks;
        }
        return w;
    }

    /** Teacher {@code t}'s entry of a {@link #perWeek} table (0 for a post beyond it). */
    static double of(double[] perWeek, int teacher) {
        return teacher >= 0 && teacher < perWeek.length ? perWeek[teacher] : 0.0;
    }

    /** Accumulated network growth of teacher {@code t}, SD of student learning per year. */
    double growth(SchoolView school, int teacher) {
        double[] g = growth[school.id()];
        return teacher >= 0 && teacher < g.length ? g[teacher] : 0.0;
    }
}
