package org.plsim.components.competency;

/**
 * What one school year of the unit cycle did, district-wide, over served student-subjects: how often checks
 * passed students who had not mastered the unit, how many corrective rounds were given, and how many
 * students ended the year behind the class's pace (units not reached). For tests and diagnostics; the model's
 * outcomes carry the effects.
 *
 * @param year              school year, 1-based
 * @param studentSubjects   served students × subjects
 * @param checks            mastery checks given
 * @param falsePasses       checks passed with true mastery below the threshold (false mastery)
 * @param correctiveRounds  corrective rounds given
 * @param movedOnUnmastered students who used every corrective round and moved on without passing
 * @param behind            student-subjects that ended the year behind pace
 * @param weeksBehind       total weeks behind pace at the year end
 */
public record PaceReport(int year, long studentSubjects, long checks, long falsePasses, long correctiveRounds,
                         long movedOnUnmastered, long behind, double weeksBehind) {
    static PaceReport of(int year, PaceTally t) {
        return new PaceReport(year, t.students, t.checks, t.falsePasses, t.correctiveRounds, t.movedOnUnmastered,
                t.behind, t.weeksBehind);
    }

    /** Share of checks passed without true mastery. */
    public double falsePassShare() {
        return checks == 0 ? 0 : falsePasses / (double) checks;
    }

    /** Share of served student-subjects behind pace at the year end. */
    public double behindShare() {
        return studentSubjects == 0 ? 0 : behind / (double) studentSubjects;
    }

    /** Mean weeks behind pace at the year end, over all served student-subjects. */
    public double meanWeeksBehind() {
        return studentSubjects == 0 ? 0 : weeksBehind / studentSubjects;
    }
}
