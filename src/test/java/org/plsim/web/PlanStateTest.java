package org.plsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.scenario.ScenarioSpec;

class PlanStateTest {
    @TempDir
    static Path dir;
    static Explorer explorer;

    @BeforeAll
    static void start() throws Exception {
        explorer = TinyShipped.explorer(dir, Explorer.Limits.DEFAULT);
    }

    @AfterAll
    static void stop() {
        explorer.close();
    }

    @Test
    void theBaseAsProposed_hasOnlyBaseSeedReplicatesVersionAndRegistryInItsLink() {
        PlanState s = explorer.state(query("base=" + TinyShipped.GRANTEE));
        assertEquals("base=tiny-grantee&seed=7&replicates=4&v=" + org.plsim.Version.PLSIM + "&ev=" + explorer.registry(),
                s.query());
        assertEquals(ScenarioFormat.sha256(explorer.base(TinyShipped.GRANTEE).entry().spec()),
                ScenarioFormat.sha256(explorer.resolve(s)));
    }

    /** Property: any state of the controls, written as a link and read back, resolves to the same scenario. */
    @Test
    void randomControlStates_surviveTheRoundTripThroughTheUrl() {
        Random rng = new Random(13);
        for (String base : List.of(TinyShipped.GRANTEE, ShippedScenarios.GENERIC)) {
            Explorer.Base b = explorer.base(base);
            for (int trial = 0; trial < 40; trial++) {
                PlanState state = PlanState.proposed(base, b.entry().spec(), explorer.registry());
                for (Control c : b.controls().all()) {
                    if (rng.nextInt(3) == 0) {
                        state = state.with(c, randomValue(c, rng));
                    }
                }
                state = new PlanState(base, state.changes(), rng.nextInt(1000), 2 + rng.nextInt(5), state.version(),
                        state.registry());
                String hash = ScenarioFormat.sha256(explorer.resolve(withoutInert(state, b.controls())));
                PlanState back = explorer.state(query(state.query()));
                assertEquals(back.query(), explorer.state(query(back.query())).query(), "canonical is a fixed point");
                assertEquals(hash, ScenarioFormat.sha256(explorer.resolve(back)), state.query());
            }
        }
    }

    @Test
    void aValueEqualToTheBase_isLeftOutOfTheLink_andOrderIsCanonical() {
        String q = "components.blended_learning.rollout.coverage=0.5&base=tiny-grantee"
                + "&components.blended_learning.enabled=true&components.blended_learning.adaptive_minutes_per_week.math=120";
        PlanState s = explorer.state(query(q));
        assertEquals(List.of("components.blended_learning.adaptive_minutes_per_week.math",
                "components.blended_learning.rollout.coverage"), new ArrayList<>(s.changes().keySet()));
    }

    @Test
    void twoGradeLists_makeOneSpan_andSettingsOfAComponentLeftOff_countOnlyWhenSwitchedOn() {
        PlanState s = explorer.state(query("base=tiny-grantee&components.blended_learning.rollout.grades=k"
                + "&components.blended_learning.rollout.grades=5&components.partnerships.rollout.coverage=0.5"));
        assertEquals("K-5", s.changes().get("components.blended_learning.rollout.grades"));
        assertFalse(s.changes().containsKey("components.partnerships.rollout.coverage"));
        PlanState on = explorer.state(query("base=tiny-grantee&components.partnerships.enabled=false"
                + "&components.partnerships.enabled=true&components.partnerships.rollout.coverage=0.5"));
        assertEquals("0.5", on.changes().get("components.partnerships.rollout.coverage"));
        ScenarioSpec spec = explorer.resolve(on);
        assertTrue(spec.components().stream().anyMatch(c -> c.name().equals("partnerships")));
    }

    /** Every control refuses a value outside what it allows, with 422 naming its field. */
    @Test
    void everyControl_refusesABadValue_naming422AndTheField() {
        for (Control c : explorer.base(TinyShipped.GRANTEE).controls().all()) {
            List<String> bad = switch (c.kind()) {
                case SWITCH -> List.of("maybe");
                case GRADES -> List.of("8-K", "13", "K-8; rm");
                case NUMBER -> List.of(Html.number(c.max() + 1), Html.number(c.min() - 1), "abc", "1e400", "NaN");
            };
            for (String v : bad) {
                Refusal r = assertThrows(Refusal.class, () -> explorer.state(query("base=tiny-grantee&"
                        + Html.url(c.path()) + "=" + Html.url(v))), c.path() + "=" + v);
                assertEquals(422, r.status());
                assertEquals(c.path(), r.field());
                assertTrue(r.getMessage().contains("allowed"), r.getMessage());
            }
        }
        for (String q : List.of("seed=x", "replicates=1", "replicates=33", "nonsense=1", "district.class_size=3")) {
            Refusal r = assertThrows(Refusal.class, () -> explorer.state(query("base=tiny-grantee&" + q)));
            assertEquals(422, r.status(), q);
            assertEquals(q.substring(0, q.indexOf('=')), r.field());
        }
    }

    @Test
    void aBaseIsChosenByName_neverByPath() {
        for (String base : List.of("nope", "../scenarios/quickstart", "/etc/passwd", "scenarios/rttd-2012/tiny-grantee.yaml",
                "")) {
            assertEquals(404, assertThrows(Refusal.class, () -> explorer.state(query("base=" + Html.url(base)))).status());
        }
    }

    /** A state whose component is off keeps its other settings out of the link, as parse does. */
    private static PlanState withoutInert(PlanState s, Controls controls) {
        Map<String, String> changes = new LinkedHashMap<>(s.changes());
        for (Control c : controls.all()) {
            if (c.kind() == Control.Kind.SWITCH && c.base().equals("false") && !"true".equals(changes.get(c.path()))) {
                changes.keySet().removeIf(p -> p.startsWith("components." + c.component() + "."));
            }
        }
        return new PlanState(s.base(), changes, s.seed(), s.replicates(), s.version(), s.registry());
    }

    private static String randomValue(Control c, Random rng) {
        return switch (c.kind()) {
            case SWITCH -> Boolean.toString(rng.nextBoolean());
            case GRADES -> {
                int low = rng.nextInt(13);
                int high = low + rng.nextInt(13 - low);
                yield c.canonical(GradeSpan.LABELS[low] + "-" + GradeSpan.LABELS[high]);
            }
            case NUMBER -> c.canonical(Html.number(c.whole() ? c.min() + rng.nextInt((int) (c.max() - c.min()) + 1)
                    : Math.round((c.min() + rng.nextDouble() * (c.max() - c.min())) * 100) / 100.0));
        };
    }

    static Map<String, List<String>> query(String q) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            m.computeIfAbsent(k, x -> new ArrayList<>()).add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }
}
