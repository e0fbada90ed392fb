package org.plsim.bench.conventional;

import java.util.ArrayList;
import java.util.List;
import org.plsim.model.agent.BusinessAsUsualRule;
import org.plsim.model.agent.FeederPattern;
import org.plsim.model.time.SchoolCalendar;
import org.plsim.scenario.ScenarioSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The business-as-usual district the conventional MASON way: every {@link Student} is scheduled with
 * {@code scheduleRepeating} (ordering 1) and steps itself each week, drawing from {@code state.random};
 * a year-start agent (ordering 0) forms classes and recomputes each student's year, a year-end agent
 * (ordering 2) measures and promotes. The schedule keeps MASON's defaults, shuffling included. The rule's
 * constants and the feeder pattern are the model's own {@link BusinessAsUsualRule} and {@link FeederPattern}: what
 * differs is only how students are held, scheduled and stepped.
 *
 * <pre>{@code
 * ConventionalModel m = new ConventionalModel(BenchDistricts.ofSize(10_000), 42L);
 * m.start();
 * while (m.schedule.getSteps() < 36) m.schedule.step(m);
 * double gain = m.meanGain(1, 0, 3); // year 1, math, grade 3
 * }</pre>
 */
public final class ConventionalModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** The rule, built afresh by each {@code start()} as the model's {@code DistrictModel} builds it. */
    transient BusinessAsUsualRule rule;
    private final transient ScenarioSpec spec;
    private final transient SchoolCalendar calendar;
    private transient FeederPattern feeders;
    /** Campus {@code c} is the feeder pattern's school {@code c}. */
    private transient List<Campus> campuses;
    private final transient YearEndTally tally;
    private long students;
    private int year;
    private int week;

    public ConventionalModel(ScenarioSpec spec, long seed) {
        super(seed);
        this.spec = spec;
        this.calendar = new SchoolCalendar(spec.years(), spec.weeksPerYear());
        this.tally = new YearEndTally(spec.years());
    }

    @Override
    public void start() {
        super.start();
        rule = new BusinessAsUsualRule(spec.district(), spec.bau(), calendar);
        feeders = new FeederPattern(spec.district().schools());
        campuses = new ArrayList<>(feeders.schools());
        for (int k = 0; k < feeders.schools(); k++) {
            campuses.add(new Campus(feeders.group(k)));
        }
        students = 0;
        for (Campus c : campuses) {
            for (int g = c.lowGrade; g <= c.highGrade; g++) {
                for (int k = 0; k < c.cohort; k++) {
                    enrol(c, new Student(g, rule, random), 0.0);
                }
            }
        }
        double[] offsets = campuses.stream().flatMap(c -> c.students.stream())
                .mapToDouble(s -> s.absenceLogitOffset(rule)).toArray();
        rule.fixAbsenceIntercept(
                BusinessAsUsualRule.solveLogisticIntercept(1.0 - rule.district().attendanceRate(), offsets));
        schedule.scheduleRepeating(0.0, 0, (Steppable) state -> turnOfWeek(), 1.0);
        schedule.scheduleRepeating(0.0, 2, (Steppable) state -> endOfWeek(), 1.0);
    }

    private void enrol(Campus campus, Student s, double time) {
        campus.students.add(s);
        s.enrolment = schedule.scheduleRepeating(time, 1, s, 1.0);
        students++;
    }

    private void turnOfWeek() {
        long step = (long) schedule.getTime();
        year = calendar.year(step);
        week = calendar.week(step);
        if (week == 0) {
            for (Campus c : campuses) {
                c.startYear(year > 1, rule, random);
            }
        }
    }

    private void endOfWeek() {
        if (week == calendar.weeksPerYear() - 1) {
            tally.measure(year, campuses);
            if (year < spec.years()) {
                promote();
            }
        }
    }

    /** Summer: everyone moves up a grade; leavers move on or graduate; entry campuses take a new cohort. */
    private void promote() {
        List<List<Student>> incoming = new ArrayList<>();
        for (int c = 0; c < campuses.size(); c++) {
            incoming.add(new ArrayList<>());
        }
        for (int c = 0; c < campuses.size(); c++) {
            Campus campus = campuses.get(c);
            List<Student> stay = new ArrayList<>(campus.students.size());
            for (Student s : campus.students) {
                s.grade++;
                if (s.grade <= campus.highGrade) {
                    stay.add(s);
                } else if (feeders.receiver(c) >= 0) {
                    incoming.get(feeders.receiver(c)).add(s);
                } else {
                    s.enrolment.stop();
                    students--;
                }
            }
            campus.students.clear();
            campus.students.addAll(stay);
        }
        double nextWeek = schedule.getTime() + 1.0;
        for (int c = 0; c < campuses.size(); c++) {
            Campus campus = campuses.get(c);
            campus.students.addAll(incoming.get(c));
            if (feeders.receivesEntrants(c)) {
                for (int k = 0; k < campus.cohort; k++) {
                    enrol(campus, new Student(campus.lowGrade, rule, random), nextWeek);
                }
            }
        }
    }

    /** Students enrolled now (each one a scheduled agent). */
    public long students() {
        return students;
    }

    /** Mean gain over school year {@code year} (1-based) of grade {@code grade}, subject 0 math, 1 reading. */
    public double meanGain(int year, int subject, int grade) {
        return tally.meanGain(year, subject, grade);
    }

    /** Mean gain over school year {@code year} of all grades together. */
    public double meanGain(int year, int subject) {
        return tally.meanGain(year, subject);
    }

    /** Mean share of school days attended over school year {@code year}, all grades. */
    public double attendance(int year) {
        return tally.attendance(year, -1, calendar.daysPerYear());
    }

    /** The same for low-income students ({@code true}) or the others. */
    public double attendance(int year, boolean lowIncome) {
        return tally.attendance(year, lowIncome ? 1 : 0, calendar.daysPerYear());
    }
}
