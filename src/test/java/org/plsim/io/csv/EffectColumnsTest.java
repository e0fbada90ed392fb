package org.plsim.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The effect column vocabulary gives every result file the header it had when each file spelled its columns out:
 * the names below are those literal lists, so a change to a shared group shows here as a changed file.
 */
class EffectColumnsTest {
    @Test
    void everyFileKeepsItsHeader() {
        assertEquals(List.of("scenario_id", "replicate", "run_seed", "year", "grade", "subject", "subgroup",
                "measure", "unit", "treatment", "bau", "effect"),
                EffectsCsv.COLUMNS);
        assertEquals(List.of("sweep_id", "point", "replicate", "run_seed", "year", "grade", "subject", "subgroup",
                "measure", "unit", "treatment", "bau", "effect"),
                RunsCsv.COLUMNS);
        assertEquals(List.of("scenario_id", "year", "grade", "subject", "subgroup", "measure", "unit",
                "n_replicates", "treatment_mean", "bau_mean", "effect_mean", "effect_sd", "effect_ci_low",
                "effect_ci_high", "percentile_gain", "kraft_band", "cost_per_student_to_date",
                "cost_per_student_per_0.1sd"),
                SummaryCsv.COLUMNS);
        assertEquals(List.of("sweep_id", "point", "label", "year", "grade", "subject", "subgroup", "measure", "unit",
                "n_replicates", "treatment_mean", "bau_mean", "effect_mean", "effect_sd", "effect_ci_low",
                "effect_ci_high", "percentile_gain", "kraft_band", "cost_per_student_to_date",
                "cost_per_student_per_0.1sd", "cost_per_student_per_0.1sd_sd", "cost_per_student_per_0.1sd_ci_low",
                "cost_per_student_per_0.1sd_ci_high"),
                SweepSummaryCsv.COLUMNS);
        assertEquals(List.of("sweep_id", "factor", "factor_min", "factor_max", "year", "grade", "subject",
                "subgroup", "measure", "unit", "estimate", "sd", "ci_low", "ci_high", "n"),
                FactorEffectsCsv.COLUMNS);
        assertEquals(List.of("sweep_id", "factor", "factor_min", "factor_max", "year", "grade", "subject",
                "subgroup", "measure", "unit", "n_steps", "n_replicates", "mu_star", "mu", "mu_ci_low", "mu_ci_high",
                "sigma", "rank"),
                MorrisCsv.COLUMNS);
        assertEquals(List.of("sweep_id", "factor", "year", "grade", "subject", "subgroup", "measure", "unit", "output",
                "s1", "s1_ci_low", "s1_ci_high", "st", "st_ci_low", "st_ci_high", "rank", "n_samples", "n_runs",
                "bootstrap_resamples", "bootstrap_seed"),
                SobolCsv.COLUMNS);
        assertEquals(List.of("sweep_id", "term", "kind", "measure", "unit", "subject", "subgroup", "grade", "year",
                "estimate", "sd", "ci_low", "ci_high", "n"),
                ComponentEffectsCsv.COLUMNS);
        assertEquals(List.of("sweep_id", "point", "label", "gap", "upper_subgroup", "lower_subgroup", "year",
                "grade", "subject", "measure", "unit", "n_replicates", "bau_gap_mean", "treatment_gap_mean",
                "change_mean", "change_sd", "change_ci_low", "change_ci_high"),
                EquityCsv.COLUMNS);
        assertEquals(List.of("sweep_id", "point", "label", "district", "year", "measure", "unit", "subject",
                "subgroup", "n_replicates", "effect_mean", "effect_sd", "effect_ci_low", "effect_ci_high",
                "percentile_gain", "kraft_band", "dollars_per_student_to_date", "dollars_per_student_per_0.1sd",
                "dollars_per_student_per_0.1sd_sd", "dollars_per_student_per_0.1sd_ci_low",
                "dollars_per_student_per_0.1sd_ci_high", "students", "budget_dollars", "grant_years", "components",
                "planned_coverage", "funded_coverage", "dollars_per_student_per_year",
                "dollars_per_student_per_year_ci_low", "dollars_per_student_per_year_ci_high", "guard_rails"),
                CohortCsv.COLUMNS);
    }
}
