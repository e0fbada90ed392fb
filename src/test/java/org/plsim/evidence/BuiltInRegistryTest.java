package org.plsim.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.Grades;
import org.plsim.testing.Districts;

/** The shipped registry: what it must hold, and that its business-as-usual entries are the code's defaults. */
class BuiltInRegistryTest {
    private static final Path FILE = Path.of("src/main/resources/org/plsim/evidence/registry.yaml");
    private final EvidenceRegistry registry = EvidenceRegistry.builtIn();

    @Test
    void everySourceCitedInEvidenceMd_isDefined() {
        List<String> evidenceMd = List.of("slavin-1987", "slavin-karweit-1984", "kulik-kulik-bangert-drowns-1990",
                "guskey-gates-1985", "kulik-kulik-1987", "kulik-fletcher-2016", "evans-2019",
                "tanenbaum-lefloch-boyle-2013", "kraft-blazar-hogan-2018", "kraft-schueler-falken-2024",
                "borman-et-al-2003", "cristia-et-al-2017", "kraft-2020", "chetty-friedman-rockoff-2014",
                "hanushek-rivkin-2010", "papay-kraft-2015", "kraft-papay-2014", "ronfeldt-et-al-2015",
                "hill-bloom-black-lipsey-2008", "scammacca-fall-roberts-2015", "bloom-et-al-2008",
                "cheung-slavin-2013-math", "cheung-slavin-2013-reading", "means-et-al-2010", "means-et-al-2013",
                "fitzpatrick-et-al-2020", "britton-spencer-2020", "carrell-hoekstra-2014", "asca-counselor-ratios",
                "nacac-counselor-ratios", "wwc-2015-check-and-connect", "schneider-college-ambition",
                "dubois-et-al-2011", "jeynes-2012", "parise-et-al-2017", "durlak-weissberg-pachan-2010",
                "kremer-et-al-2015", "dynarski-et-al-2004", "walsh-et-al-2014", "district-device-reports-2013",
                "bls-school-counselors", "levin-belfield-2015", "cbcse-costout", "us-ed-rttd-2012-awards",
                "baird-pane-2019", "credo-days-of-learning");
        List<String> defined = registry.sources().stream().map(EvidenceSource::id).toList();
        List<String> missing = evidenceMd.stream().filter(id -> !defined.contains(id)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void implementationParameters_haveTheBriefedValues() {
        assertRange("implementation.scale_attenuation", 0.5, 0.33, 0.67, Distribution.TRIANGULAR);
        assertRange("implementation.pilot_students", 500, 200, 1000, Distribution.FIXED);
        assertRange("implementation.scale_students", 10_000, 5_000, 20_000, Distribution.TRIANGULAR);
        assertRange("implementation.sustained_share", 0.5, 0.2, 0.8, Distribution.TRIANGULAR);
        assertEquals(List.of("kraft-blazar-hogan-2018", "kraft-schueler-falken-2024"),
                registry.parameter("implementation.scale_attenuation").sources());
    }

    @Test
    void businessAsUsualEntries_areFixedAndEqualTheCodeDefaults_inReferenceOrder() {
        Map<String, Double> registered = new LinkedHashMap<>();
        for (EvidenceParameter p : registry.parameters()) {
            if (p.component().equals("business_as_usual")) {
                registered.put(p.id(), p.central());
                assertTrue(p.fixed(), p.id() + " must be fixed: the scenario's business_as_usual block sets it");
            }
        }
        Map<String, Double> defaults = BusinessAsUsualEvidence.values(BusinessAsUsual.defaults());
        assertEquals(defaults, registered);
        assertEquals(List.copyOf(defaults.keySet()), List.copyOf(registered.keySet()));
    }

    @Test
    void businessAsUsualIds_areTheirPathsInTheReferenceScenario() {
        Object tree = ScenarioFormat.toTree(Districts.small(1)).get("business_as_usual");
        List<String> paths = new ArrayList<>();
        flatten("business_as_usual", tree, paths);
        assertEquals(paths, List.copyOf(BusinessAsUsualEvidence.values(BusinessAsUsual.defaults()).keySet()));
    }

    @Test
    void eachComponent_hasItsOwnMarkedSection_farEnoughFromTheNext() throws IOException {
        List<String> lines = Files.readAllLines(FILE);
        List<String> sections = List.of("blended_learning", "learning_plans", "competency_progression", "partnerships");
        int previous = -1;
        for (String component : sections) {
            int at = lines.indexOf("  # ---- " + component + " ----");
            assertTrue(at > previous, component + " section missing or out of order");
            assertTrue(previous < 0 || at - previous >= 6, component + " is too close to the section above");
            previous = at;
        }
    }

    @Test
    void everyParameter_citesAtLeastOneDefinedSource_andAssumptionsSayWhy() {
        for (EvidenceParameter p : registry.parameters()) {
            assertTrue(!p.sources().isEmpty(), p.id());
            p.sources().forEach(registry::source);
            if (p.grade() == Grade.ASSUMPTION) {
                assertTrue(!p.note().isBlank(), p.id() + " is an assumption without a note saying why");
            }
        }
    }

    private void assertRange(String id, double central, double low, double high, Distribution d) {
        EvidenceParameter p = registry.parameter(id);
        assertEquals(List.of(central, low, high, d), List.of(p.central(), p.low(), p.high(), p.distribution()), id);
    }

    /** Map keys joined by dots, list items as [K], [1] … [12]: the paths the reader reports problems at. */
    private static void flatten(String path, Object node, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(path + "." + k, v, out));
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(path + "[" + Grades.label(i) + "]", l.get(i), out);
            }
        } else {
            out.add(path);
        }
    }
}
