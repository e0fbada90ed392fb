/**
 * {@code plsim bench}: how fast the array-backed district model steps students, beside two references on
 * the same business-as-usual rule — the conventional MASON model (one {@code Steppable} per student, in
 * {@link org.plsim.bench.conventional}) and the random-number floor (the model's draws and nothing else) —
 * and how much heap it needs. Measurements only; printing is the command's job.
 */
package org.plsim.bench;
