package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.Scalars;
import org.plsim.io.yaml.YamlTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.study.Comparison;
import org.plsim.study.Finding;
import org.plsim.study.Published;
import org.plsim.study.Sample;
import org.plsim.study.SampleGroup;
import org.plsim.study.Study;
import org.plsim.study.StudyDesign;
import org.plsim.study.StudyOutcome;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A scenario's {@code study:} block, read into a {@link Study}. It has no reference defaults: citation,
 * design, sample, each outcome's measure and subject, and each published result must be given; treated share
 * (the design's: half in a trial, all in a rollout), comparison (business as usual; none for norms), an
 * outcome's year (the last), grades (the sample's) and subgroup (all) default. The sample is one group of
 * alike schools ({@code students, schools, grades}) or several ({@code groups:}); the result is one
 * ({@code outcome:} with {@code published:}) or several ({@code outcomes:}, each with its own
 * {@code published:}).
 */
final class StudyFields {
    static final String ALLOWED = "a map with keys citation, source, design, treated_share, sample, comparison, "
            + "outcome and published (or outcomes), note, known_gap (see scenarios/studies/README.md)";
    private static final String GROUP_ALLOWED = "a map with keys name, students, schools, grades, e.g. "
            + "{name: middle, students: 900, schools: 2, grades: 6-8}";
    private static final String OUTCOME_ALLOWED = "a map with keys name, measure, subject, year, grades, subgroup, "
            + "published, known_gap";

    private final Reading reading;

    StudyFields(Reading reading) {
        this.reading = reading;
    }

    /** The study, or null when the block is invalid (its problems reported). */
    Study study(Node node) {
        if (!(node instanceof MappingNode map)) {
            reading.problem(YamlTree.line(node), "study", "found " + YamlTree.describe(node) + ", allowed: " + ALLOWED);
            return null;
        }
        Block b = new Block(reading, "study", map, null, YamlTree.line(node));
        String citation = b.text("citation");
        String source = b.optionalText("source");
        if (source != null && EvidenceRegistry.builtIn().sources().stream().noneMatch(s -> s.id().equals(source))) {
            reading.problem("study.source", "found '" + source + "', allowed: a source id of the evidence registry "
                    + "(plsim evidence --sources), or leave it out");
        }
        StudyDesign design = choice(b, "design", StudyDesign::parse, StudyDesign.labels());
        double treatedShare = b.node("treated_share") == null ? (design == null ? 1.0 : design.defaultTreatedShare())
                : b.number("treated_share");
        Sample sample = sample(b.block("sample"));
        String comparisonText = b.optionalText("comparison");
        Comparison comparison = comparisonText == null
                ? (design == StudyDesign.NORMS ? Comparison.NONE : Comparison.BUSINESS_AS_USUAL)
                : choice(b, "comparison", Comparison::parse, Comparison.labels());
        List<Finding> findings = findings(b, sample);
        String note = b.optionalText("note");
        if (sample == null || findings == null) {
            return null;
        }
        return reading.build("study", () -> new Study(citation, source, design, treatedShare, sample, comparison,
                findings, note));
    }

    private Sample sample(Block s) {
        int years = s.whole("years");
        List<SampleGroup> groups = new ArrayList<>();
        boolean ok = true;
        if (s.node("groups") != null) {
            for (String key : List.of("students", "schools", "grades")) {
                if (s.node(key) != null) {
                    reading.problem(s.path(key), "given beside groups, allowed: either groups (each with students, "
                            + "schools and grades) or students, schools and grades for one group of alike schools");
                    ok = false;
                }
            }
            for (Block g : s.blocks("groups", GROUP_ALLOWED)) {
                SampleGroup group = group(g, g.text("name"));
                ok &= group != null;
                if (group != null) {
                    groups.add(group);
                }
            }
        } else {
            SampleGroup group = group(s, "study");
            ok = group != null;
            if (group != null) {
                groups.add(group);
            }
        }
        return ok ? reading.build(s.path(), () -> new Sample(groups, years)) : null;
    }

    private SampleGroup group(Block g, String name) {
        int students = g.whole("students");
        int schools = g.whole("schools");
        int[] grades = grades(g, g.text("grades"));
        return grades == null ? null : reading.build(g.path(), () -> new SampleGroup(name, students, schools,
                grades[0], grades[1]));
    }

    /** The study's results: its outcome and published (one) or its outcomes list (several); null when invalid. */
    private List<Finding> findings(Block b, Sample sample) {
        if (b.node("outcomes") == null) {
            StudyOutcome outcome = outcome(b.block("outcome"), sample);
            Published published = published(b.block("published"));
            String knownGap = b.optionalText("known_gap");
            return outcome == null || published == null ? null : List.of(new Finding("", outcome, published, knownGap));
        }
        boolean ok = true;
        for (String key : List.of("outcome", "published", "known_gap")) {
            if (b.node(key) != null) {
                reading.problem(b.path(key), "given beside outcomes, allowed: " + key + " inside each item of outcomes "
                        + "(or one outcome with published and known_gap, and no outcomes list)");
                ok = false;
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Block o : b.blocks("outcomes", OUTCOME_ALLOWED)) {
            String name = o.text("name");
            StudyOutcome outcome = outcome(o, sample);
            Published published = published(o.block("published"));
            String knownGap = o.optionalText("known_gap");
            Finding f = outcome == null || published == null ? null
                    : reading.build(o.path(), () -> new Finding(name, outcome, published, knownGap));
            ok &= f != null;
            if (f != null) {
                out.add(f);
            }
        }
        return ok ? out : null;
    }

    private StudyOutcome outcome(Block o, Sample sample) {
        Measure measure = choice(o, "measure", label -> StudyOutcome.MEASURES.stream()
                .filter(m -> m.label().equals(label)).findFirst(), StudyOutcome.MEASURES.stream().map(Measure::label)
                .toList());
        Subject subject = choice(o, "subject", label -> java.util.Arrays.stream(Subject.values())
                .filter(s -> s.label().equals(label)).findFirst(), java.util.Arrays.stream(Subject.values())
                .map(Subject::label).toList());
        Node yearNode = o.node("year");
        int[] years = yearNode == null ? (sample == null ? null : new int[] {sample.years(), sample.years()})
                : years(o, yearNode);
        String span = o.optionalText("grades");
        int[] grades = span == null ? (sample == null ? null : new int[] {sample.lowGrade(), sample.highGrade()})
                : grades(o, span);
        String group = o.optionalText("subgroup");
        Subgroup subgroup = group == null ? Subgroup.ALL : choice(o, "subgroup", label -> java.util.Arrays.stream(
                Subgroup.values()).filter(g -> g.label().equals(label)).findFirst(), java.util.Arrays.stream(
                Subgroup.values()).map(Subgroup::label).toList());
        if (measure == null || subject == null || years == null || grades == null || subgroup == null) {
            return null;
        }
        return reading.build(o.path(), () -> new StudyOutcome(measure, subject, years[0], years[1], grades[0],
                grades[1], subgroup));
    }

    private Published published(Block p) {
        double estimate = p.number("estimate");
        double low = p.number("low");
        double high = p.number("high");
        String interval = p.text("interval");
        return reading.build(p.path(), () -> new Published(estimate, low, high, interval));
    }

    /** {@code year: 3} (one follow-up year) or {@code year: 1-3} (the years a pooled result averages over). */
    private int[] years(Block b, Node node) {
        String text = Scalars.text(node);
        java.util.regex.Matcher m = text == null ? null
                : java.util.regex.Pattern.compile("\\s*(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s*").matcher(text);
        if (m != null && m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            if (first >= 1 && first < last && last <= 12) {
                return new int[] {first, last};
            }
            reading.problem(b.path("year"), "found '" + text + "', allowed: a follow-up year 1-12, or a span "
                    + "FIRST-LAST of years 1-12 with FIRST before LAST (e.g. 1-3), pooled");
            return null;
        }
        Integer year = wholeOf(b, "year", node);
        return year == null ? null : new int[] {year, year};
    }

    private Integer wholeOf(Block b, String key, Node node) {
        Long v = Scalars.whole(node, 12);
        if (v == null) {
            reading.problem(b.path(key), "found " + YamlTree.describe(node) + ", allowed: a whole number of years, "
                    + "1-12, or a span FIRST-LAST of them pooled (e.g. 1-3)");
            return null;
        }
        return v.intValue();
    }

    private int[] grades(Block b, String span) {
        int[] grades = ScenarioFields.grades(span);
        if (grades == null && !reading.covered(b.path("grades"))) {
            reading.problem(b.path("grades"), "found '" + span + "', allowed: " + ScenarioFields.GRADES_ALLOWED);
        }
        return grades;
    }

    private <T> T choice(Block b, String key, Function<String, Optional<T>> parse, java.util.List<String> allowed) {
        String text = b.text(key);
        Optional<T> v = parse.apply(text);
        if (v.isEmpty() && !text.isEmpty()) {
            reading.problem(b.path(key), "found '" + text + "', allowed: " + String.join(", ", allowed));
        }
        return v.orElse(null);
    }
}
