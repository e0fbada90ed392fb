/**
 * What a run leaves behind: its result folder's tables, charts, one-page {@code report.html} and manifest, written
 * from paired effects; and a comparison of two plans' folder and summary. The level chart is XChart, rendered
 * headless; the effect chart and a comparison's charts are SVG from {@code reporting.svg}. {@link
 * org.plsim.reporting.PageLook} is the look every report page shares.
 */
package org.plsim.reporting;
