/**
 * What a run leaves behind: its result folder's tables, charts and manifest, written from paired effects.
 * Charts are XChart, rendered headless.
 */
package org.plsim.reporting;
