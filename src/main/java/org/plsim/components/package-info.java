/** The grant components and the registry that finds them by their scenario name. */
package org.plsim.components;
