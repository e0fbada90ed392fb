/**
 * {@code plsim bench}: how fast the array-backed district model steps students, beside two references on
 * the same business-as-usual rule — the conventional MASON model (one {@code Steppable} per student, in
 * {@link org.plsim.bench.conventional}) and the random-number floor (the model's draws and nothing else) —
 * and how much heap it needs; and, beside it, the real workloads ({@link org.plsim.bench.Workload}): the
 * all-four plan, each component alone, the fixed cost of a {@code plsim run}, CSV writing and the grantee
 * previews in a warm JVM (through a {@link org.plsim.bench.PreviewRunner}). Measurements only; printing is the
 * command's job.
 */
package org.plsim.bench;
