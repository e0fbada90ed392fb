package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class FrontierTest {
    @Test
    void aPointIsOnTheFrontier_unlessAnotherCostsNoMoreAndGainsAtLeastAsMuch() {
        double[] cost = {0, 100, 150, 200, 300, 300, Double.NaN};
        double[] effect = {0, 0.10, 0.08, 0.20, 0.20, 0.25, 0.5};
        // 150 for 0.08 is beaten by 100 for 0.10; 300 for 0.20 by 200 for 0.20; no cost, no place
        assertArrayEquals(new boolean[] {true, true, false, true, false, true, false},
                Frontier.efficient(cost, effect));
    }
}
