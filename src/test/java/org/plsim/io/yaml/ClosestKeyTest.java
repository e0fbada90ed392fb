package org.plsim.io.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestKeyTest {
    private static final List<String> DISTRICT = List.of("name", "schools", "low_income_share",
            "english_learner_share", "disability_share", "class_size", "counselor_ratio", "baseline",
            "attendance_rate");

    @Test
    void slips_suggestTheKeyMeant() {
        assertEquals("class_size", ClosestKey.among("classSize", DISTRICT));
        assertEquals("class_size", ClosestKey.among("class_sise", DISTRICT));
        assertEquals("schools", ClosestKey.among("school", DISTRICT));
        assertEquals("low_income_share", ClosestKey.among("lowincome_shares", DISTRICT));
        assertEquals("replicates", ClosestKey.among("Replicate", List.of("years", "replicates", "seed")));
    }

    @Test
    void differentWords_suggestNothing() {
        assertNull(ClosestKey.among("mascot", DISTRICT));
        assertNull(ClosestKey.among("students", DISTRICT));
        assertNull(ClosestKey.among("<<", List.of("id", "title")), "short keys need a closer match");
        assertEquals("id", ClosestKey.among("ID", List.of("id", "title")));
    }
}
