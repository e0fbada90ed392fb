package org.plsim.model.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The weekly loop's register copy of a stream draws exactly what the JDK generator would. */
class SplitMixTest {

    @Test
    void thisJdkMatches() {
        assertTrue(SplitMix.MATCHES_JDK, "the weekly loop would fall back to SplittableRandom.nextLong");
    }

    @Test
    void stateRecoveredFromADraw_continuesTheStream() {
        RandomStreams streams = new RandomStreams(RandomStreams.runSeed(20120101L, 2));
        for (int school = 0; school < 20; school++) {
            SplittableRandom jdk = streams.get("school." + school + ".weekly");
            SplittableRandom copy = streams.get("school." + school + ".weekly");
            for (int i = 0; i < 1 + school * 7; i++) {
                jdk.nextGaussian();
                copy.nextGaussian();
            }
            long seed = SplitMix.stateAfter(copy.nextLong()) - SplitMix.GAMMA;
            for (int i = 0; i < 1000; i++) {
                seed += SplitMix.GAMMA;
                assertEquals(jdk.nextLong(), RandomStreams.mix64(seed));
            }
            SplittableRandom resumed = new SplittableRandom(seed);
            for (int i = 0; i < 50; i++) {
                assertEquals(jdk.nextGaussian(), resumed.nextGaussian());
            }
        }
    }
}
