package org.plsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SelfContainedHtmlTest {
    @Test
    void aPayloadThatSpellsHttpIsNotAnAddress() {
        String html = "<img alt=\"x\" src=\"data:image/png;base64,iVBORw0KGgohttpAAAA+/==\">";
        assertFalse(SelfContainedHtml.hasAddress(html));
        assertEquals("<img alt=\"x\" src=\"data:image/png;base64,\">", SelfContainedHtml.withoutPayloads(html));
    }

    @Test
    void anAddressOutsideThePayloadIsFound() {
        assertTrue(SelfContainedHtml.hasAddress("<img src=\"data:image/png;base64,AAAA\"><a href=\"https://x\">"));
        assertTrue(SelfContainedHtml.hasAddress("<img src=\"http://cdn/x.png\">"));
    }
}
