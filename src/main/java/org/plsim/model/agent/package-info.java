/**
 * The district's agents. Students and teachers live as primitive arrays inside their {@link
 * org.plsim.model.agent.School}, a MASON {@code Steppable} stepped once a week; the {@link
 * org.plsim.model.agent.District} handles the year's turning points. Counselors are a school's FTE count.
 */
package org.plsim.model.agent;
