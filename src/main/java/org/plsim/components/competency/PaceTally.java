package org.plsim.components.competency;

/**
 * Counts of one school year's unit cycle (per school and subject, summed into a {@link PaceReport}): what the
 * checks found and how far behind the class's pace students ended. Touched by one thread at a time.
 */
final class PaceTally {
    long students;
    long checks;
    long falsePasses;
    long correctiveRounds;
    long movedOnUnmastered;
    long behind;
    double weeksBehind;

    void addBehind(double weeks) {
        students++;
        if (weeks > 1e-9) {
            behind++;
            weeksBehind += weeks;
        }
    }

    void addTo(PaceTally total) {
        total.students += students;
        total.checks += checks;
        total.falsePasses += falsePasses;
        total.correctiveRounds += correctiveRounds;
        total.movedOnUnmastered += movedOnUnmastered;
        total.behind += behind;
        total.weeksBehind += weeksBehind;
    }
}
