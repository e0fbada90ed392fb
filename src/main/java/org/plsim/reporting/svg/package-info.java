/**
 * Charts as SVG text for web pages and self-contained exports: JFreeChart drawn into JFreeSVG, with real
 * {@code <text>} elements, a {@code <title>} per point, {@code role="img"}, no script and no external reference,
 * and the same bytes on every render. Knows analysis results only, never the command line, the web server or a
 * workflow.
 */
package org.plsim.reporting.svg;
