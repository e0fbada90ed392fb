/**
 * The community partnerships and networks grant component ({@code partnerships}): partner seats for
 * tutoring, mentoring and after-school programs, family engagement, attendance outreach, and teacher
 * networks that build the collaboration climate other components' teacher adoption reads.
 */
package org.plsim.components.partnerships;
