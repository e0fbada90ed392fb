package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plsim.components.common.Fidelity;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Rollout;
import org.plsim.model.observe.Subject;

/**
 * The unit cycle on a two-student school, worked by hand. Four units of 4 weeks (a 16-week year), threshold
 * 0.8, reliability 0.95 (check error SD 0.040), no prerequisite weight (so every unit is alike):
 * a student at z = +2 masters 0.977 of each unit and passes every check (4.4 error SDs clear); a student
 * at z = −2 masters 0.3995, and after two corrective rounds 0.6983, still far below the threshold.
 */
class UnitProgressTest {
    static final MasteryModel M = new MasteryModel(0.75, 0.5, 0.15, 4.5, 0.0, 0.1, 0.5);
    static final int STRONG = 0;
    static final int WEAK = 1;

    static Term term(double paceSupport, int maxRounds) {
        Implementation impl = new Implementation(true, new Rollout(List.of(), 0, 12, 1, 1.0),
                new Fidelity(1, 1, 0), 4, 1.0, 0.5);
        CompetencyPlan plan = new CompetencyPlan(impl, List.of(Subject.MATH), 4, 0.8, 0.95, paceSupport, maxRounds,
                30, 0);
        return new Term(M, plan, 4.0, 16.0, 1.0);
    }

    private final TinySchool school = new TinySchool(2.0, -2.0);
    private final SplittableRandom rng = new SplittableRandom(7);
    private final UnitProgress progress = new UnitProgress(Subject.MATH, 2);

    private void startAll(Term t) {
        progress.start(t, school, STRONG, 0, rng);
        progress.start(t, school, WEAK, 0, rng);
    }

    private void runTo(Term t, double now) {
        for (int i = 0; i < 2; i++) {
            progress.catchUp(t, school, i, now, 1.0, rng);
        }
    }

    @Test
    void failedCheck_getsCorrectiveRounds_thatAddMasteryButCostClassTime() {
        Term t = term(0.0, 2);
        startAll(t);
        runTo(t, 5.1);   // unit 0 checked at week 4, rounds end at 4.6 and 5.2 (0.15 × 4 weeks each, all in class)
        assertEquals(0.0, school.aligned(WEAK), 1e-12, "the second round is not over yet");
        runTo(t, 5.2);
        // 0.6983 − 0.3995 = 0.2988 of a unit beyond business as usual; ÷ (s 0.1733 × 4 units) = 0.4311 aligned SD
        assertEquals(0.4311, school.aligned(WEAK), 1e-4);
        assertEquals(0.0431, school.learning[WEAK], 1e-4, "the transferable tenth goes to standardized learning");
        assertEquals(0.0, school.aligned(STRONG), 1e-12, "a student who passes gets nothing business as usual lacks");
        assertEquals(2, progress.tally.correctiveRounds);
        assertEquals(1, progress.tally.movedOnUnmastered);
    }

    @Test
    void studentWhoNeedsCorrectives_endsTheYearBehindPace_unlessCorrectivesHappenOutsideClass() {
        Term inClass = term(0.0, 2);
        startAll(inClass);
        runTo(inClass, 16);
        progress.close(inClass, school, STRONG);
        progress.close(inClass, school, WEAK);
        // each unit costs the weak student 1.2 weeks: unit 3 would end at 4 × 4 + 3 × 1.2 = 19.6
        assertEquals(1, progress.tally.behind);
        assertEquals(3.6, progress.tally.weeksBehind, 1e-9);

        UnitProgress supported = new UnitProgress(Subject.MATH, 2);
        Term outside = term(1.0, 2);
        TinySchool other = new TinySchool(2.0, -2.0);
        supported.start(outside, other, WEAK, 0, rng);
        supported.catchUp(outside, other, WEAK, 16, 1.0, rng);
        supported.close(outside, other, WEAK);
        assertEquals(0, supported.tally.behind);
        // four units' gains, 0.4311 + 0.4424 + 0.4538 + 0.4655: each unit's transferable tenth raises z for the next
        assertEquals(1.7928, other.aligned(WEAK), 1e-4);
    }

    @Test
    void checksWithoutCorrectives_changeNothing() {
        Term checksOnly = term(0.0, 0);
        startAll(checksOnly);
        runTo(checksOnly, 16);
        progress.close(checksOnly, school, STRONG);
        progress.close(checksOnly, school, WEAK);
        assertEquals(0.0, school.aligned(WEAK), 1e-12);
        assertEquals(0, progress.tally.behind);
        assertEquals(8, progress.tally.checks);
    }
}
