/** Named random streams from one run seed: {@code streams.get("school.3.weekly")}. JDK generators only. */
package org.plsim.model.random;
