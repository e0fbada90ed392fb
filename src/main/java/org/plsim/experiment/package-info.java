/** Paired runs: run keys and seeds, the two arms, and runners that assemble models and components. */
package org.plsim.experiment;
