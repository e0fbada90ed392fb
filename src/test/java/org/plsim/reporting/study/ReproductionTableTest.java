package org.plsim.reporting.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.input.ScenarioReader;
import org.plsim.study.Reproducer;
import org.plsim.study.Reproduction;
import tech.tablesaw.api.Table;

/** Reproductions as a table: one row per study, published beside model, as reproductions.csv names them. */
class ReproductionTableTest {
    @Test
    void oneRowPerStudy_publishedBesideModel() throws Exception {
        Reproduction r = new Reproducer(new ScenarioRunner(ComponentRegistry.discover(), 2), 4).run(
                new ScenarioReader().readStudy(Path.of("scenarios/studies/cristia-2017-olpc-peru.yaml")), 4,
                ProgressListener.NONE);

        Table t = ReproductionTable.of(List.of(r));

        assertEquals(List.of("study", "measure", "subject", "year", "published_estimate", "published_low",
                "published_high", "model_mean", "model_ci_low", "model_ci_high", "model_range_low", "model_range_high",
                "replicates", "model_served_mean", "verdict", "gap", "known_gap"), t.columnNames());
        // the laptops reached every student of the tested grades 2-6: the served effect is the sample's
        assertEquals(r.served().orElseThrow().mean(), t.doubleColumn("model_served_mean").getDouble(0), 0.0);
        assertEquals(t.doubleColumn("model_mean").getDouble(0), t.doubleColumn("model_served_mean").getDouble(0),
                1e-9, t.printAll());
        assertEquals(1, t.rowCount());
        assertEquals("cristia-2017-olpc-peru", t.stringColumn("study").get(0));
        assertEquals(r.study().published().low(), t.doubleColumn("published_low").getDouble(0));
        assertEquals(r.model().mean(), t.doubleColumn("model_mean").getDouble(0));
        assertEquals(r.rangeHigh(), t.doubleColumn("model_range_high").getDouble(0));
        assertEquals(4, t.intColumn("replicates").getInt(0));
        assertEquals("within", t.stringColumn("verdict").get(0), "devices without adaptive minutes: exactly 0");
        assertEquals(false, t.booleanColumn("known_gap").get(0));
    }
}
