package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.Scalars;
import org.plsim.io.yaml.YamlTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plsim.scenario.Budget;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ImplementingUnit;
import org.plsim.scenario.Grades;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.GrowthNorms;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.Uncertainty;
import org.plsim.study.Study;
import org.plsim.study.StudySetup;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The layout of {@code reference.yaml}, read key by key into the spec records: the inverse of
 * {@link ScenarioFormat#toTree}. Types are checked here; ranges are the records' business.
 */
final class ScenarioFields {
    static final String GRADES_ALLOWED = "a span LOW-HIGH of grades K, 1 … 12 with the lowest first, "
            + "e.g. K-5, 6-8, 9-12, or one grade";
    private static final String SCHOOL_ALLOWED = "a map with keys name, count, grades, students_per_grade";
    private static final String EVIDENCE_ALLOWED = "a map of evidence parameter id: number, "
            + "e.g. {implementation.sustained_share: 0.3}";

    private final Reading reading;
    private List<ComponentSpec> components = List.of();
    private Study study;
    private EvidenceFile evidenceFile;

    ScenarioFields(Reading reading) {
        this.reading = reading;
    }

    ScenarioSpec scenario(Block root, String defaultId) {
        String given = root.optionalText("id");
        String id = given == null ? defaultId : given;
        if (given == null && !ScenarioSpec.ID.matcher(id).matches()) {
            reading.problem("id", "found no id, and the file name gives '" + id + "', which is not one; allowed: "
                    + "an id key, or a file name of 1-64 lower-case letters, digits and dashes");
        }
        String titled = root.optionalText("title");
        String title = titled == null ? id : titled;
        Node studyNode = root.node("study");
        study = studyNode == null ? null : new StudyFields(reading).study(studyNode);
        if (studyNode != null && root.node("years") != null) {
            reading.problem("years", "given, but a study's years come from study.sample.years; remove years");
        }
        int years = root.whole("years");
        int weeks = root.whole("weeks_per_year");
        int replicates = root.whole("replicates");
        long seed = root.wholeLong("seed");
        Block districtBlock = root.block("district");
        if (studyNode != null && districtBlock.node("schools") != null) {
            reading.problem("district.schools", "given, but a study's schools come from study.sample (students, "
                    + "schools, grades); remove district.schools");
        }
        if (studyNode != null && districtBlock.node("treated_share") != null) {
            reading.problem("district.treated_share", "given, but a study's treated share comes from study.design "
                    + "and study.treated_share; remove district.treated_share");
        }
        DistrictSpec district = district(districtBlock);
        BusinessAsUsual bau = businessAsUsual(root.block("business_as_usual"));
        components = components(root.entries("components"));
        Uncertainty uncertainty = uncertainty(root);
        Map<String, Double> evidence = evidence(root);
        Budget budget = budget(root.block("budget"));
        ScenarioSpec spec = reading.build("", () -> new ScenarioSpec(id, title, years, weeks, replicates, seed,
                district, bau, components, uncertainty, evidence, budget));
        return spec == null || study == null ? spec : StudySetup.apply(spec, study);
    }

    /** The grant budget; {@code total_dollars: 0} (the reference default) means no budget. */
    private Budget budget(Block b) {
        double total = b.number("total_dollars");
        int grantYears = b.whole("grant_years");
        String ifOver = b.text("if_over");
        Map<String, Double> split = new LinkedHashMap<>();
        b.entries("split", "a map of component name: share of the total, e.g. {blended_learning: 0.6}")
                .forEach((name, node) -> {
                    Double share = Scalars.number(node);
                    if (share == null) {
                        reading.problem("budget.split." + name, "found " + YamlTree.describe(node)
                                + ", allowed: a share from 0 to 1");
                    } else {
                        split.put(name, share);
                    }
                });
        if (total == 0 && !split.isEmpty()) {
            reading.build("budget", () -> {
                Budget.requireValidSplit(split);
                return null;
            });
        }
        splitWarnings(total, split);
        Budget.IfOver mode = null;
        try {
            mode = Budget.IfOver.fromLabel(ifOver);
        } catch (IllegalArgumentException e) {
            reading.problem("budget.if_over", "found '" + ifOver + "', allowed: refuse or scale");
        }
        if (total == 0) {
            return null;
        }
        Budget.IfOver m = mode;
        return reading.build("budget", () -> new Budget(total, grantYears, split, m == null ? Budget.IfOver.REFUSE
                : m));
    }

    /**
     * A split the plan cannot use as written: without a budget it divides nothing; a share for a component that
     * is not switched on is money no component may spend, which leaves the others held to less than the total.
     * Both are allowed — a sweep may switch components off, or set the total per point — but said.
     */
    private void splitWarnings(double total, Map<String, Double> split) {
        if (split.isEmpty() || reading.covered("budget.split")) {
            return;
        }
        if (total == 0) {
            reading.warning("budget.split", "found a split, but no budget (total_dollars 0), so nothing is checked "
                    + "against it; allowed: a split of budget.total_dollars above 0 (or no split)");
            return;
        }
        List<String> on = components.stream().filter(ComponentSpec::switchedOn).map(ComponentSpec::name).toList();
        split.forEach((name, share) -> {
            if (!on.contains(name)) {
                String why = components.stream().anyMatch(c -> c.name().equals(name)) ? "switched off (enabled: false)"
                        : "not in components";
                reading.warning("budget.split." + name, "found a share of " + org.plsim.scenario.NumberText
                        .compact(share) + " for " + name + ", which is " + why + ", so that part of the budget goes "
                        + "unspent and the components switched on may spend only the rest; allowed: shares for "
                        + "the components switched on (" + (on.isEmpty() ? "none" : String.join(", ", on)) + ")");
            }
        });
    }

    /** The study block read by {@link #scenario}, or null when there is none (or it is invalid). */
    Study study() {
        return study;
    }

    /** The components read by {@link #scenario}, even when the scenario as a whole is invalid. */
    List<ComponentSpec> components() {
        return components;
    }

    private DistrictSpec district(Block d) {
        String name = d.text("name");
        List<SchoolGroup> groups = new ArrayList<>();
        for (Block s : d.blocks("schools", SCHOOL_ALLOWED)) {
            SchoolGroup g = schoolGroup(s);
            if (g != null) {
                groups.add(g);
            }
        }
        double lowIncome = d.number("low_income_share");
        double english = d.number("english_learner_share");
        double disability = d.number("disability_share");
        int classSize = d.whole("class_size");
        int counselorRatio = d.whole("counselor_ratio");
        Block baseline = d.block("baseline");
        double math = baseline.number("math");
        double reading = baseline.number("reading");
        double attendance = d.number("attendance_rate");
        double graduation = d.number("graduation_rate");
        double college = d.number("college_enrollment_rate");
        String unitText = d.text("implementing_unit");
        ImplementingUnit unit = ImplementingUnit.parse(unitText).orElse(null);
        if (unit == null && !this.reading.covered(d.path("implementing_unit"))) {
            this.reading.problem(d.path("implementing_unit"), "found '" + unitText + "', allowed: "
                    + String.join(", ", ImplementingUnit.labels()));
        }
        double treated = d.number("treated_share");
        boolean everyGroup = !this.reading.covered(d.path("schools"));
        return this.reading.build("district", () -> {
            try {
                return new DistrictSpec(name, groups, lowIncome, english, disability, classSize, counselorRatio,
                        math, reading, attendance, graduation, college,
                        unit == null ? ImplementingUnit.DISTRICT : unit, treated);
            } catch (InvalidSpecException e) {
                // with a group left out, schools[i] is not the file's i-th: those wait until every group reads
                throw everyGroup ? e : new InvalidSpecException(e.violations().stream()
                        .filter(v -> !v.field().startsWith("schools[")).toList());
            }
        });
    }

    private SchoolGroup schoolGroup(Block s) {
        String name = s.text("name");
        int count = s.whole("count");
        String span = s.text("grades");
        int students = s.whole("students_per_grade");
        int[] grades = grades(span);
        if (grades == null && !reading.covered(s.path("grades"))) {
            reading.problem(s.path("grades"), "found '" + span + "', allowed: " + GRADES_ALLOWED);
        }
        if (grades == null) {
            grades = new int[] {Grades.K, Grades.K};
        }
        int low = grades[0];
        int high = grades[1];
        return reading.build(s.path(), () -> new SchoolGroup(name, count, low, high, students));
    }

    /** {@code K-5}, {@code 9-12}, {@code 9} (one grade; an en dash works too), or null. */
    static int[] grades(String span) {
        String[] ends = span.split("[-–]", -1);
        if (span.isBlank() || ends.length > 2) {
            return null;
        }
        int low = Grades.parse(ends[0]);
        int high = Grades.parse(ends[ends.length - 1]);
        return low < 0 || high < 0 || low > high ? null : new int[] {low, high};
    }

    private BusinessAsUsual businessAsUsual(Block b) {
        Block norms = b.block("growth_norms");
        double[] math = norms.numbers("math", Grades.COUNT, Grades::label);
        double[] readingNorms = norms.numbers("reading", Grades.COUNT, Grades::label);
        GrowthNorms growth = reading.build(norms.path(), () -> new GrowthNorms(math, readingNorms));
        Block va = b.block("teacher_va_sd");
        Block novice = b.block("novice_gap");
        double vaMath = va.number("math");
        double vaReading = va.number("reading");
        double noviceMath = novice.number("math");
        double noviceReading = novice.number("reading");
        double attrition = b.number("teacher_attrition");
        double growthSd = b.number("growth_rate_sd");
        double annualSd = b.number("annual_shock_sd");
        double weeklySd = b.number("weekly_shock_sd");
        double reversion = b.number("mean_reversion");
        Block cost = b.block("absence_cost");
        double costMath = cost.number("math");
        double costReading = cost.number("reading");
        double logitSd = b.number("absence_logit_sd");
        double ratio = b.number("low_income_absence_ratio");
        double engagement = b.number("engagement_absence");
        Block gaps = b.block("entry_gaps");
        double lowIncome = gaps.number("low_income");
        double english = gaps.number("english_learner");
        double disability = gaps.number("disability");
        double cut = b.number("proficient_cut_percentile");
        Block time = b.block("time_budget");
        double minutes = time.number("student_minutes_per_week");
        double hours = time.number("teacher_hours_per_week");
        return reading.build("business_as_usual", () -> new BusinessAsUsual(growth, vaMath, vaReading, noviceMath,
                noviceReading, attrition, growthSd, annualSd, weeklySd, reversion, costMath, costReading, logitSd,
                ratio, engagement, lowIncome, english, disability, minutes, hours, cut));
    }

    private List<ComponentSpec> components(Map<String, Node> entries) {
        List<ComponentSpec> out = new ArrayList<>();
        entries.forEach((name, node) -> {
            String p = "components." + name;
            Map<String, Object> settings = Map.of();
            if (node instanceof MappingNode) {
                @SuppressWarnings("unchecked")
                Map<String, Object> given = (Map<String, Object>) YamlTree.plain(node, p, reading);
                settings = given;
            } else if (!YamlTree.isNull(node)) {
                reading.problem(p, "found " + YamlTree.describe(node) + ", allowed: a map of the component's "
                        + "settings, or nothing to take its defaults");
            }
            Map<String, Object> s = settings;
            ComponentSpec c = reading.build("components", () -> new ComponentSpec(name, s));
            if (c != null) {
                out.add(c);
            }
        });
        return out;
    }

    private Uncertainty uncertainty(Block root) {
        String text = root.text("uncertainty");
        Optional<Uncertainty> mode = Uncertainty.parse(text);
        if (mode.isEmpty() && !reading.covered("uncertainty")) {
            reading.problem("uncertainty", "found '" + text + "', allowed: " + Uncertainty.allowed());
        }
        return mode.orElse(Uncertainty.EVIDENCE);
    }

    /**
     * The evidence overrides: a parameter file's values ({@code evidence_file}, a path relative to this file)
     * with the scenario's own {@code evidence:} entries laid over them, so the scenario's keys win.
     */
    private Map<String, Double> evidence(Block root) {
        Map<String, Double> out = new LinkedHashMap<>();
        String asWritten = root.optionalText("evidence_file");
        if (asWritten != null) {
            evidenceFile = EvidenceFileReader.read(asWritten, reading);
            if (evidenceFile != null) {
                out.putAll(evidenceFile.values());
            }
        }
        out.putAll(EvidenceOverrides.read(root.entries("evidence", EVIDENCE_ALLOWED), "evidence", reading));
        return out;
    }

    /** The parameter file read by {@link #scenario} ({@code evidence_file}), or null when there is none. */
    EvidenceFile evidenceFile() {
        return evidenceFile;
    }
}
