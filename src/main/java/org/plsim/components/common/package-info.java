/**
 * What every grant component shares: typed, self-documenting reading of its settings block
 * ({@link org.plsim.components.common.Settings}, from which the settings reference is generated), who is
 * served from when and how faithfully ({@link org.plsim.components.common.Implementation}), which students are
 * reached, and teachers' take-up over the school's teacher network.
 */
package org.plsim.components.common;
