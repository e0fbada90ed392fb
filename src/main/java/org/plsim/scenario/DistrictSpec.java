package org.plsim.scenario;

import java.util.List;

/**
 * The district at the start of the run. Achievement is in student-level SD units against national norms
 * (0 = the national mean for the grade).
 *
 * @param name                 district name, for reports
 * @param schools              groups of alike schools, each with its own name (a component's rollout names the
 *                             groups it serves); students move from a school's top grade to the group serving
 *                             the next grade (their feeder pattern)
 * @param lowIncomeShare       share of students from low-income families (free or reduced-price lunch), 0–1
 * @param englishLearnerShare  share of English learners, 0–1
 * @param disabilityShare      share of students with disabilities (IEP), 0–1
 * @param classSize            students per classroom teacher, 5–60
 * @param counselorRatio       students per school counselor, 50–2,000 (ASCA recommends 250; US 482 in 2014-15)
 * @param baselineMath         district mean math achievement at the start, SD units, −2 to 2
 * @param baselineReading      district mean reading achievement at the start, SD units, −2 to 2
 * @param attendanceRate       mean share of school days attended under business as usual, 0.70–0.99
 * @param graduationRate       share of twelfth graders who graduate under business as usual, 0.40–0.99 (US
 *                             adjusted cohort graduation rate 0.86 in 2018-19, NCES)
 * @param collegeRate          share of graduates enrolling in college the next fall under business as usual,
 *                             0.20–0.95 (US 0.66 in 2019, NCES)
 * @param implementingUnit     who runs a plan as one rollout (district, each school group, each school): what
 *                             a component's scale attenuation is computed over
 * @param treatedShare         share of each implementing unit's students in a trial's treatment group, 0–1
 *                             (exclusive of 0): only they count toward scale; 1 outside trials. The paired arms
 *                             still compare every student, treated in one arm and not in the other, which is
 *                             what a randomized contrast estimates
 */
public record DistrictSpec(String name, List<SchoolGroup> schools, double lowIncomeShare,
                           double englishLearnerShare, double disabilityShare, int classSize, int counselorRatio,
                           double baselineMath, double baselineReading, double attendanceRate,
                           double graduationRate, double collegeRate, ImplementingUnit implementingUnit,
                           double treatedShare) {

    /** US adjusted cohort graduation rate, 2018-19 (NCES Digest table 219.46). */
    public static final double US_GRADUATION_RATE = 0.86;
    /** US immediate college enrollment rate of high-school completers, 2019 (NCES Condition of Education). */
    public static final double US_COLLEGE_RATE = 0.66;

    /** Largest district PLSim will build: about twice New York City's enrolment. */
    public static final long MAX_STUDENTS = 2_000_000;

    public DistrictSpec {
        schools = schools == null ? List.of() : List.copyOf(schools);
        long total = schools.stream().mapToLong(SchoolGroup::students).sum();
        Checks checks = new Checks();
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < schools.size(); i++) {
            Integer j = first.putIfAbsent(schools.get(i).name(), i);
            checks.require(j == null, "schools[" + i + "].name", "'" + schools.get(i).name() + "' a second time "
                    + "(first as schools[" + j + "].name)", "a name no other school group has, so that "
                    + "rollout.schools can tell the groups apart");
        }
        checks
                .require(!schools.isEmpty(), "schools", "no school groups", "at least one school group")
                .require(total <= MAX_STUDENTS, "schools", String.format("%,d students in all", total),
                        String.format("at most %,d students in one district", MAX_STUDENTS))
                .share("low_income_share", lowIncomeShare)
                .share("english_learner_share", englishLearnerShare)
                .share("disability_share", disabilityShare)
                .intRange("class_size", classSize, 5, 60)
                .intRange("counselor_ratio", counselorRatio, 50, 2_000)
                .range("baseline.math", baselineMath, -2, 2)
                .range("baseline.reading", baselineReading, -2, 2)
                .range("attendance_rate", attendanceRate, 0.70, 0.99)
                .range("graduation_rate", graduationRate, 0.40, 0.99)
                .range("college_enrollment_rate", collegeRate, 0.20, 0.95)
                .require(implementingUnit != null, "implementing_unit", "nothing",
                        String.join(", ", ImplementingUnit.labels()))
                .require(treatedShare > 0 && treatedShare <= 1, "treated_share", NumberText.compact(treatedShare),
                        "a share above 0, at most 1")
                .throwIfAny();
    }

    /** A district that runs its plans as one rollout, outside any trial (every scenario before studies' designs). */
    public DistrictSpec(String name, List<SchoolGroup> schools, double lowIncomeShare, double englishLearnerShare,
                        double disabilityShare, int classSize, int counselorRatio, double baselineMath,
                        double baselineReading, double attendanceRate, double graduationRate, double collegeRate) {
        this(name, schools, lowIncomeShare, englishLearnerShare, disabilityShare, classSize, counselorRatio,
                baselineMath, baselineReading, attendanceRate, graduationRate, collegeRate, ImplementingUnit.DISTRICT,
                1.0);
    }

    /** A district with the US graduation and college-enrollment rates. */
    public DistrictSpec(String name, List<SchoolGroup> schools, double lowIncomeShare, double englishLearnerShare,
                        double disabilityShare, int classSize, int counselorRatio, double baselineMath,
                        double baselineReading, double attendanceRate) {
        this(name, schools, lowIncomeShare, englishLearnerShare, disabilityShare, classSize, counselorRatio,
                baselineMath, baselineReading, attendanceRate, US_GRADUATION_RATE, US_COLLEGE_RATE);
    }

    public long students() {
        return schools.stream().mapToLong(SchoolGroup::students).sum();
    }

    /** The same district with these schools, everything else kept (a study's sample replaces the schools). */
    public DistrictSpec withSchools(List<SchoolGroup> groups) {
        return new DistrictSpec(name, groups, lowIncomeShare, englishLearnerShare, disabilityShare, classSize,
                counselorRatio, baselineMath, baselineReading, attendanceRate, graduationRate, collegeRate,
                implementingUnit, treatedShare);
    }

    /** The same district run by {@code unit} with {@code share} of each unit's students treated (a study's design). */
    public DistrictSpec withImplementers(ImplementingUnit unit, double share) {
        return new DistrictSpec(name, schools, lowIncomeShare, englishLearnerShare, disabilityShare, classSize,
                counselorRatio, baselineMath, baselineReading, attendanceRate, graduationRate, collegeRate, unit,
                share);
    }

    public int schoolCount() {
        return schools.stream().mapToInt(SchoolGroup::count).sum();
    }
}
