/**
 * PLSim: an agent-based model of personalized-learning grant programs on MASON. This package holds only the
 * version numbers every result records; each sub-package says its role in its own package-info.
 */
package org.plsim;
