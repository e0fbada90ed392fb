/**
 * Reports of study reproductions: the model beside the published results as a chart, a table and a
 * self-contained HTML page, written with the CSV and manifest into a reproduction folder.
 */
package org.plsim.reporting.study;
