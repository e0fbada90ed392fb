package org.plsim.bench;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One column of the workloads table: its CSV name, its terminal header (lines split by {@code \n}) and how a
 * row's cell reads, for the terminal or the CSV. The terminal table and the CSV are both built from
 * {@link #ALL}, so they always carry the same figures.
 */
record WorkloadColumn(String name, String header, boolean text, Cell cell) {
    /** A cell of {@code row}, which may read the other rows (a target does); {@code csv} asks for plain digits. */
    @FunctionalInterface
    interface Cell {
        String read(WorkloadRow row, List<WorkloadRow> all, boolean csv);
    }

    static final List<WorkloadColumn> ALL = List.of(
            text("workload", "\n\nworkload", (r, all) -> r.workload().label()),
            text("case", "\n\ncase", (r, all) -> r.label()),
            text("unit", "\n\nunit", (r, all) -> r.unit().text()),
            new WorkloadColumn("students", "\n\nstudents", false,
                    (r, all, csv) -> WorkloadRow.format(r.students(), 0, csv)),
            new WorkloadColumn("runs", "\ntimed\nruns", false, (r, all, csv) -> Integer.toString(r.runs())),
            figure("median", "\nmedian\n(p50)", WorkloadRow::median),
            figure("p95", "\n\np95", WorkloadRow::p95),
            figure("slowest", "\nslowest\nrun", WorkloadRow::slowest),
            new WorkloadColumn("vs_bau_x", "rate\nvs BAU\n×", false,
                    (r, all, csv) -> WorkloadRow.format(r.vsBau(), 2, csv)),
            new WorkloadColumn("treatment_over_bau_arm_x", "treatment\n÷ BAU\narm ×", false,
                    (r, all, csv) -> WorkloadRow.format(r.armRatio(), 2, csv)),
            new WorkloadColumn("extra_s_per_replicate", "extra s\nper\nreplicate", false,
                    (r, all, csv) -> WorkloadRow.format(r.extraSeconds(), 3, csv)),
            new WorkloadColumn("target", "\n\ntarget", false,
                    (r, all, csv) -> WorkloadTarget.of(r).map(WorkloadTarget::goal).orElse("")),
            new WorkloadColumn("verdict", "\n\nverdict", false,
                    (r, all, csv) -> WorkloadTarget.of(r).map(t -> t.verdict(r, all)).orElse("")));

    /** The columns the terminal shows: all but the target's wording (the targets table has it). */
    static List<WorkloadColumn> terminal() {
        return ALL.stream().filter(c -> !c.name.equals("target")).toList();
    }

    /** How many leading columns hold text. */
    static int textColumns(List<WorkloadColumn> columns) {
        int n = 0;
        while (n < columns.size() && columns.get(n).text) {
            n++;
        }
        return n;
    }

    private static WorkloadColumn text(String name, String header, BiFunction<WorkloadRow, List<WorkloadRow>, String> f) {
        return new WorkloadColumn(name, header, true, (r, all, csv) -> f.apply(r, all));
    }

    private static WorkloadColumn figure(String name, String header, java.util.function.ToDoubleFunction<WorkloadRow> f) {
        return new WorkloadColumn(name, header, false, (r, all, csv) -> r.format(f.applyAsDouble(r), csv));
    }
}
