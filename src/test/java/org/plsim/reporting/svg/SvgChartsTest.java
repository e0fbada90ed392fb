package org.plsim.reporting.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG charts as a page and a screen reader get them: well-formed XML, real text, titles, no script or outside
 * reference, and the same bytes every time. The golden hash holds for the fonts of the machine kind PLSim is
 * built on (Debian's DejaVu behind Java's SansSerif); text widths come from them.
 */
class SvgChartsTest {
    /**
     * SHA-256 of {@link #trajectory()}; re-pin deliberately, after looking at the chart, when the look changes
     * (last: colours and fonts as presentation attributes instead of style attributes, for the explorer's CSP).
     */
    private static final String GOLDEN_TRAJECTORY = "121e73b757afeabecec05d69a46cd9554608b8511cc810a557a723e9c22e42d3";

    private static String trajectory() {
        return EffectTrajectorySvg.render("trajectory-math", "Effect on math achievement", SvgFixtures.aAndB());
    }

    private static String comparison() {
        return ComparisonSvg.render("comparison-math", "B − A: math achievement", List.of(SvgFixtures.difference()));
    }

    @Test
    void theTrajectory_hasTheGoldenBytes() throws Exception {
        byte[] svg = trajectory().getBytes(StandardCharsets.UTF_8);

        assertEquals(GOLDEN_TRAJECTORY, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(svg)));
    }

    @Test
    void renderingTwice_givesTheSameBytes() {
        assertEquals(trajectory(), trajectory());
        assertEquals(comparison(), comparison());
    }

    @Test
    void theTrajectory_isWellFormedSvg_whoseTextCarriesTheAxisLabelsAndLegend() throws Exception {
        Document doc = parse(trajectory());
        Element root = doc.getDocumentElement();

        assertEquals("svg", root.getTagName());
        assertEquals("http://www.w3.org/2000/svg", root.getAttribute("xmlns"));
        List<String> texts = texts(doc, "text");
        assertTrue(texts.containsAll(List.of("school year", "effect (student-level SD)", "A as proposed",
                "B your change", "Effect on math achievement")), texts.toString());
        assertTrue(texts.containsAll(List.of("0", "1", "2", "3", "4")), "a tick label per school year: " + texts);
    }

    @Test
    void theTrajectory_isAnAccessibleImage_withATitlePerPoint() throws Exception {
        Document doc = parse(trajectory());
        Element root = doc.getDocumentElement();

        assertEquals("img", root.getAttribute("role"));
        assertEquals("trajectory-math-title trajectory-math-desc", root.getAttribute("aria-labelledby"));
        List<String> titles = texts(doc, "title");
        assertEquals("Effect on math achievement", titles.get(0), "the chart's title comes first");
        assertTrue(titles.contains("B your change, year 2: +0.113 SD (95% CI +0.051 to +0.176)"), titles.toString());
        assertEquals(1 + 2 * 5, titles.size(), "the chart's title and one per point: " + titles);
    }

    @Test
    void theComparison_hasItsLabel_andNamesItsZeroLineInTheDescription() throws Exception {
        Document doc = parse(comparison());

        assertTrue(texts(doc, "text").contains("difference B − A (student-level SD)"));
        assertTrue(texts(doc, "desc").get(0).contains("dashed line at zero"));
    }

    /** A page with {@code style-src 'self'} ignores style attributes; presentation attributes always apply. */
    @Test
    void noStyleAttribute_theColoursArePresentationAttributes() throws Exception {
        for (String svg : List.of(trajectory(), comparison())) {
            NodeList all = parse(svg).getElementsByTagName("*");
            int filled = 0;
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                assertFalse(e.hasAttribute("style"), e.getTagName());
                filled += e.hasAttribute("fill") ? 1 : 0;
            }
            assertTrue(filled > 10, "fills as attributes: " + filled);
        }
        assertEquals("<g fill=\"rgb(1,2,3)\" stroke-width=\"1.0\">",
                SvgChart.presentationAttributes("<g style='fill:rgb(1,2,3); stroke-width:1.0;'>"));
    }

    @Test
    void noScript_noOutsideReference_andEveryIdCarriesTheChartsPrefix() throws Exception {
        for (String svg : List.of(trajectory(), comparison())) {
            assertFalse(svg.contains("<script") || svg.contains("href") || svg.contains("<image")
                    || svg.contains("@import"), "nothing to load or run");
            String prefix = svg.contains("id='trajectory-math'") ? "trajectory-math" : "comparison-math";
            NodeList all = parse(svg).getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                String id = ((Element) all.item(i)).getAttribute("id");
                assertTrue(id.isEmpty() || id.startsWith(prefix), id);
            }
        }
    }

    @Test
    void aSingleReplicate_drawsTheLineWithoutABand_andSaysSoOnHover() throws Exception {
        ChartSeries one = new ChartSeries("A as proposed", List.of(
                new YearEstimate(1, org.plsim.analysis.MeanEstimate.of(new double[] {0.05}))));

        String svg = EffectTrajectorySvg.render("one", "One replicate", List.of(one));

        assertTrue(texts(parse(svg), "title").contains("A as proposed, year 1: +0.050 SD (one replicate: no interval)"));
    }

    @Test
    void badIdsAndSeries_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> EffectTrajectorySvg.render("Bad id", "t",
                SvgFixtures.aAndB()));
        assertThrows(IllegalArgumentException.class, () -> EffectTrajectorySvg.render("a", "t", List.of()));
        assertThrows(IllegalArgumentException.class, () -> EffectTrajectorySvg.render("a", "t",
                List.of(SvgFixtures.plan("same", 0.1), SvgFixtures.plan("same", 0.2))));
        assertThrows(IllegalArgumentException.class, () -> new ChartSeries("x", List.of(
                new YearEstimate(2, org.plsim.analysis.MeanEstimate.of(new double[] {0})),
                new YearEstimate(1, org.plsim.analysis.MeanEstimate.of(new double[] {0})))));
    }

    @Test
    void coordinates_areWrittenWithTwoDecimalsAtMost() {
        assertEquals("0", SvgNumbers.twoDecimals(0.001));
        assertEquals("-1.5", SvgNumbers.twoDecimals(-1.499));
        assertEquals("12.05", SvgNumbers.twoDecimals(12.049));
        assertEquals("3.07", SvgNumbers.twoDecimals(3.07));
        assertEquals("-0.01", SvgNumbers.twoDecimals(-0.01));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
