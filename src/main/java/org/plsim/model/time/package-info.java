/** The school calendar: one MASON step per instructional week, years of {@code weeks_per_year} weeks. */
package org.plsim.model.time;
