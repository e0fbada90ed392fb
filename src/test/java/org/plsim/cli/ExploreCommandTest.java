package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code plsim explore} refuses bad options before it starts anything (the server itself: ExplorerServerTest). */
class ExploreCommandTest {
    @Test
    void aPortOutOfRange_isABadOption() {
        assertEquals(2, Main.execute("explore", "--port", "70000"));
    }

    @Test
    void anAddressThatIsNoAddress_isABadOption() {
        assertEquals(2, Main.execute("explore", "--bind", "no-such-host.invalid"));
    }
}
