/** Aggregate outcome records (per year, grade, subject, subgroup, measure) and the sink they leave through. */
package org.plsim.model.observe;
