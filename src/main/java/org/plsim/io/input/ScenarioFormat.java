package org.plsim.io.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.io.files.Sha256;
import org.plsim.scenario.Budget;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;
import org.plsim.scenario.ImplementingUnit;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.ScenarioTree;
import org.plsim.scenario.SchoolGroup;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A resolved scenario written out in exactly the key layout of {@code reference.yaml}, every default
 * filled in (except {@code district.implementing_unit} and {@code district.treated_share}, written only away
 * from their defaults so that scenarios resolved before they existed keep their hash): what a run manifest
 * records and what its hash is taken over, so two files that resolve to the same scenario get the same hash.
 * Reading {@link #toYaml} back gives an equal spec.
 *
 * <pre>{@code
 * String hash = ScenarioFormat.sha256(spec); // 64 hex digits, stable across runs and machines
 * }</pre>
 */
public final class ScenarioFormat {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS) // keep the reference layout
            .build();

    private ScenarioFormat() {
    }

    /** The scenario as ordered maps, lists, numbers and text, keyed as in {@code reference.yaml}. */
    public static Map<String, Object> toTree(ScenarioSpec spec) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", spec.id());
        t.put("title", spec.title());
        t.put("years", spec.years());
        t.put("weeks_per_year", spec.weeksPerYear());
        t.put("replicates", spec.replicates());
        t.put("seed", spec.seed());
        t.put("district", district(spec.district()));
        t.put("business_as_usual", businessAsUsual(spec.bau()));
        Map<String, Object> components = new LinkedHashMap<>();
        for (ComponentSpec c : spec.components()) {
            // Component settings have no layout of their own: keys sorted at every depth make the hash canonical.
            components.put(c.name(), ScenarioTree.sortedCopy(c.settings()));
        }
        t.put("components", components);
        t.put("uncertainty", spec.uncertainty().label());
        t.put("evidence", new LinkedHashMap<String, Object>(spec.evidence()));
        Map<String, Object> budget = new LinkedHashMap<>();
        Budget b = spec.budget();
        budget.put("total_dollars", b == null ? 0.0 : b.totalDollars());
        budget.put("grant_years", b == null ? 4 : b.grantYears());
        budget.put("split", b == null ? new LinkedHashMap<String, Object>() : new LinkedHashMap<String, Object>(b.split()));
        budget.put("if_over", b == null ? Budget.IfOver.REFUSE.label() : b.ifOver().label());
        t.put("budget", budget);
        return t;
    }

    /** The resolved scenario as block-style YAML. */
    public static String toYaml(ScenarioSpec spec) {
        return yaml(toTree(spec));
    }

    /** A scenario tree (as {@link #toTree} lays it out, perhaps changed) as block-style YAML. */
    public static String yaml(Map<String, Object> tree) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return new Yaml(options).dump(tree);
    }

    /** {@link #toTree} as compact JSON in layout order: the text the hash is taken over. */
    public static String canonicalJson(ScenarioSpec spec) {
        try {
            return JSON.writeValueAsString(toTree(spec));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario tree holds only maps, lists, numbers and text", e);
        }
    }

    /** SHA-256 of {@link #canonicalJson}'s UTF-8 bytes, as 64 lower-case hex digits. */
    public static String sha256(ScenarioSpec spec) {
        return Sha256.ofText(canonicalJson(spec));
    }

    private static Map<String, Object> district(DistrictSpec d) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", d.name());
        List<Object> schools = new ArrayList<>();
        for (SchoolGroup g : d.schools()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", g.name());
            s.put("count", g.count());
            s.put("grades", Grades.label(g.lowGrade()) + "-" + Grades.label(g.highGrade()));
            s.put("students_per_grade", g.studentsPerGrade());
            schools.add(s);
        }
        t.put("schools", schools);
        t.put("low_income_share", d.lowIncomeShare());
        t.put("english_learner_share", d.englishLearnerShare());
        t.put("disability_share", d.disabilityShare());
        t.put("class_size", d.classSize());
        t.put("counselor_ratio", d.counselorRatio());
        t.put("baseline", pair("math", d.baselineMath(), "reading", d.baselineReading()));
        t.put("attendance_rate", d.attendanceRate());
        t.put("graduation_rate", d.graduationRate());
        t.put("college_enrollment_rate", d.collegeRate());
        // Written only when not the default (one district rollout, no trial), so that every scenario resolved
        // before these keys existed keeps its layout and its hash (result folders' manifests stay valid).
        if (d.implementingUnit() != ImplementingUnit.DISTRICT || d.treatedShare() != 1.0) {
            t.put("implementing_unit", d.implementingUnit().label());
            t.put("treated_share", d.treatedShare());
        }
        return t;
    }

    private static Map<String, Object> businessAsUsual(BusinessAsUsual b) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("growth_norms", pair("math", list(b.norms().math()), "reading", list(b.norms().reading())));
        t.put("teacher_va_sd", pair("math", b.teacherVaSdMath(), "reading", b.teacherVaSdReading()));
        t.put("novice_gap", pair("math", b.noviceGapMath(), "reading", b.noviceGapReading()));
        t.put("teacher_attrition", b.teacherAttrition());
        t.put("growth_rate_sd", b.growthRateSd());
        t.put("annual_shock_sd", b.annualShockSd());
        t.put("weekly_shock_sd", b.weeklyShockSd());
        t.put("mean_reversion", b.meanReversion());
        t.put("absence_cost", pair("math", b.absenceCostMath(), "reading", b.absenceCostReading()));
        t.put("absence_logit_sd", b.absenceLogitSd());
        t.put("low_income_absence_ratio", b.lowIncomeAbsenceRatio());
        t.put("engagement_absence", b.engagementAbsence());
        Map<String, Object> gaps = new LinkedHashMap<>();
        gaps.put("low_income", b.lowIncomeGap());
        gaps.put("english_learner", b.englishLearnerGap());
        gaps.put("disability", b.disabilityGap());
        t.put("entry_gaps", gaps);
        t.put("time_budget", pair("student_minutes_per_week", b.studentGrantMinutes(),
                "teacher_hours_per_week", b.teacherGrantHours()));
        t.put("proficient_cut_percentile", b.proficientCut());
        return t;
    }

    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static List<Double> list(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

}
