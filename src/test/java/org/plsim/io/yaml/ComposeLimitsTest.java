package org.plsim.io.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** The limits on YAML text checked before composing ({@link ComposeLimits}): each names its line and field. */
class ComposeLimitsTest {

    @Test
    void anAliasInsideTheMapItNames_isRefusedAtItsLineAndField_insteadOfLoopingForever() {
        Problem p = only("title: loop\ncomponents:\n  blended_learning: &a\n    rollout: {notes: [1, *a]}\n");
        assertEquals(4, p.line());
        assertEquals("components.blended_learning.rollout.notes[1]", p.field());
        assertTrue(p.message().contains("*a inside the map or list it names"), p.message());
    }

    @Test
    void aliasesThatWouldExpandToMillions_areRefusedAtTheAliasThatPassesTheLimit() {
        StringBuilder yaml = new StringBuilder("bomb:\n  l0: &l0 [x, x, x, x]\n");
        for (int i = 1; i <= 12; i++) {
            yaml.append("  l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append(", *l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        Problem p = only(yaml.toString());
        assertEquals(9, p.line()); // l7: 4 aliases of l6 (21,845 values each) pass 100,000 at the 4th
        assertEquals("bomb.l7[3]", p.field());
        assertTrue(p.message().contains("allowed: at most 100,000 values added by aliases"), p.message());
    }

    @Test
    void the51stAliasToAList_isNamedWithTheLimit() {
        String yaml = "g: &g [1]\nmany:\n" + "  - *g\n".repeat(51);
        Problem p = only(yaml);
        assertEquals(53, p.line());
        assertEquals("many[50]", p.field());
        assertTrue(p.message().contains("at most 50 aliases to maps or lists"), p.message());
    }

    @Test
    void aliasesToPlainValues_areNotCounted() {
        assertInstanceOf(MappingNode.class, composed("g: &g 1\nmany: [" + "*g, ".repeat(80) + "*g]\n"));
    }

    @Test
    void nestingPastTheLimit_isRefusedWhereItIsPassed() {
        String yaml = "top:\n  deep: " + "[".repeat(50) + "]".repeat(50) + "\n";
        Problem p = only(yaml);
        assertEquals(2, p.line());
        assertEquals("top.deep" + "[0]".repeat(48), p.field());
        assertEquals("found maps and lists nested 51 levels deep, allowed: at most 50 levels", p.message());
    }

    @Test
    void nestingAtTheLimit_andBlocksSharedByAliases_areAccepted() {
        assertInstanceOf(MappingNode.class, composed("top:\n  deep: " + "[".repeat(48) + "]".repeat(48) + "\n"));
        Node root = composed("base: &b {coverage: 0.5, grades: [K, 1]}\nplans:\n  a: *b\n  b: *b\n");
        assertInstanceOf(MappingNode.class, root);
    }

    @Test
    void textThatIsNotYaml_isLeftToTheParser_whichNamesItsLine() {
        Problem p = only("a: [1, 2\nb: 3\n");
        assertTrue(p.message().startsWith("malformed YAML"), p.message());
        assertTrue(p.line() > 0, p.toString());
    }

    private static Node composed(String yaml) {
        Reading reading = new Reading("test.yaml");
        Node root = YamlTree.compose(yaml, reading);
        assertEquals(0, reading.problemCount());
        return root;
    }

    private static Problem only(String yaml) {
        Reading reading = new Reading("test.yaml");
        assertNull(YamlTree.compose(yaml, reading));
        try {
            reading.finish();
        } catch (ScenarioException e) {
            List<Problem> ps = e.problems();
            assertEquals(1, ps.size(), ps::toString);
            return ps.get(0);
        }
        throw new AssertionError("no problem reported");
    }
}
