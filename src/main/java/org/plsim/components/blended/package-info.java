/**
 * Blended learning: adaptive software in the weekly timetable, on school devices, run by teachers who took
 * it up through professional development. Learning emerges from minutes actually used and from how far the
 * software meets each student where the class lesson does not; devices without instructional use do nothing.
 */
package org.plsim.components.blended;
