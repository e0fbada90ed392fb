package org.plsim.components.common;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.SchoolView;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

/**
 * Teachers taking up a component's practice, school by school, over the school's teacher network (MASON
 * {@link Network}): each fall a teacher who has not adopted does so with a chance that combines the
 * professional development offered ({@code pdRate}) with the pull of colleagues who already use it
 * ({@code peerRate} × share of adopting neighbours, raised by the school's collaboration climate); adopters
 * grow in proficiency along a learning curve ({@code proficiencyGain} a year, more with coaching). A post
 * whose teacher left starts again from nothing. Each post also counts the years its teacher has taught with
 * the practice ({@link #yearsUsed}: 0 for a first-year implementer), so a component can tell first-year from
 * experienced implementers. Per-school state: safe to use from several threads as long
 * as each school is touched by one thread.
 *
 * <p>Evidence: coaching and PD change instruction (Kraft, Blazar &amp; Hogan 2018: 0.49 SD on instruction);
 * teachers in supportive, collaborative schools improve faster (Kraft &amp; Papay 2014; Ronfeldt et al. 2015).
 */
public final class TeacherAdoption {
    private final double pdRate;
    private final double peerRate;
    private final double proficiencyGain;
    private final double collaborationBoost;
    private final boolean[][] adopted;
    private final float[][] proficiency;
    /** Per school, per post: school years the post's teacher has taught with the practice before this one. */
    private final int[][] yearsUsed;

    /**
     * @param schools            schools in the district
     * @param pdRate             yearly chance of adopting from PD alone, 0–1
     * @param peerRate           added chance when every colleague one is tied to has adopted, 0–1
     * @param proficiencyGain    share of the remaining way to full proficiency gained each year of use, 0–1
     * @param collaborationBoost relative increase of {@code peerRate} at full collaboration climate
     */
    public TeacherAdoption(int schools, double pdRate, double peerRate, double proficiencyGain,
                           double collaborationBoost) {
        this.pdRate = pdRate;
        this.peerRate = peerRate;
        this.proficiencyGain = proficiencyGain;
        this.collaborationBoost = collaborationBoost;
        this.adopted = new boolean[schools][0];
        this.proficiency = new float[schools][0];
        this.yearsUsed = new int[schools][0];
    }

    /**
     * The fall update for one school: new teachers start over, then adoption decisions (from the component's
     * own {@code adoption} stream, one draw per teaching post whatever happens), then proficiency growth. A
     * teacher who had adopted by last fall and is still at the post has taught with the practice one more year.
     */
    public void startYear(ComponentContext ctx, SchoolView school) {
        int k = school.id();
        int n = school.teacherCount();
        if (adopted[k].length < n) {
            adopted[k] = Arrays.copyOf(adopted[k], n);
            proficiency[k] = Arrays.copyOf(proficiency[k], n);
            yearsUsed[k] = Arrays.copyOf(yearsUsed[k], n);
        }
        boolean[] a = adopted[k];
        float[] p = proficiency[k];
        int[] used = yearsUsed[k];
        for (int t = 0; t < n; t++) {
            if (school.teacherTenure(t) == 0) {
                a[t] = false;
                p[t] = 0f;
                used[t] = 0;
            } else if (a[t]) {
                used[t]++;
            }
        }
        boolean[] before = Arrays.copyOf(a, n);
        Network net = school.teacherNetwork();
        SplittableRandom rng = ctx.stream("adoption", school);
        double peer = peerRate * (1.0 + collaborationBoost * school.collaboration());
        for (int t = 0; t < n; t++) {
            double u = rng.nextDouble();
            if (a[t] || school.teacherGrade(t) < 0) {
                continue;
            }
            double pAdopt = 1.0 - (1.0 - pdRate) * (1.0 - Math.min(1.0, peer * adoptingShare(net, t, before)));
            a[t] = u < pAdopt;
        }
        for (int t = 0; t < n; t++) {
            if (a[t]) {
                p[t] += (float) (proficiencyGain * (1.0 - p[t]));
            }
        }
    }

    /** Practice strength of teacher {@code t}: proficiency if adopted, else 0. */
    public double strength(SchoolView school, int teacher) {
        float[] p = proficiency[school.id()];
        return teacher < p.length && adopted[school.id()][teacher] ? p[teacher] : 0.0;
    }

    /**
     * School years the teacher at post {@code teacher} has taught with the practice before this one (0: not
     * adopted, or adopted this fall — a first-year implementer).
     */
    public int yearsUsed(SchoolView school, int teacher) {
        int[] used = yearsUsed[school.id()];
        return teacher < used.length && adopted[school.id()][teacher] ? used[teacher] : 0;
    }

    /** Share of teaching posts in the school that have adopted. */
    public double adoptionShare(SchoolView school) {
        boolean[] a = adopted[school.id()];
        int posts = 0;
        int yes = 0;
        for (int t = 0; t < Math.min(a.length, school.teacherCount()); t++) {
            if (school.teacherGrade(t) >= 0) {
                posts++;
                yes += a[t] ? 1 : 0;
            }
        }
        return posts == 0 ? 0 : yes / (double) posts;
    }

    private static double adoptingShare(Network net, int teacher, boolean[] adopted) {
        Bag edges = net.getEdgesOut(Integer.valueOf(teacher));
        if (edges == null || edges.numObjs == 0) {
            return 0;
        }
        int yes = 0;
        for (int e = 0; e < edges.numObjs; e++) {
            Edge edge = (Edge) edges.objs[e];
            int from = (Integer) edge.getFrom();
            int o = from == teacher ? (Integer) edge.getTo() : from;
            yes += o < adopted.length && adopted[o] ? 1 : 0;
        }
        return yes / (double) edges.numObjs;
    }
}
