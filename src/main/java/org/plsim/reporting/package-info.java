/**
 * What a run leaves behind: its result folder's tables, charts and manifest, written from paired effects; and
 * a comparison of two plans' folder and summary. Run charts are XChart, rendered headless; a comparison's are SVG
 * from {@code reporting.svg}.
 */
package org.plsim.reporting;
