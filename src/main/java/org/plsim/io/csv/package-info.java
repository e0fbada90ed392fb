/**
 * The CSV dialect of every result table (RFC 4180, UTF-8, one header, {@code \n} line ends, fixed decimals) and
 * one writer per table: outcomes, effects, summaries, costs, sweep runs and analyses, cohorts, reproductions and
 * fits. Writers write into a result folder that appears whole ({@code io.files.ResultFolder}).
 */
package org.plsim.io.csv;
