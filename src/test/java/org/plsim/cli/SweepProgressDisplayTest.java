package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Off a terminal, progress is a log line: runs done, rate over this session's runs only, time left. */
class SweepProgressDisplayTest {
    @Test
    void aLogLine_countsResumedRunsAsDone_butNotInTheRate() {
        StringWriter log = new StringWriter();
        SweepProgressDisplay d = SweepProgressDisplay.open("mix", true, new PrintWriter(log));
        d.start(100, 400);
        long twoMinutesLater = System.nanoTime() + 120_000_000_000L;
        String line = d.line(130, 400, twoMinutesLater);
        assertEquals("sweep mix: 130/400 runs (33%), 15.0 runs/min, about 18 min left", line.replaceAll("15\\.\\d", "15.0"));
        d.close();
        assertEquals("", log.toString(), "nothing logged within the first minute");
    }
}
