/**
 * The plug-in point for grant components: the {@link org.plsim.model.component.GrantComponent} hooks, the
 * narrow {@link org.plsim.model.component.ComponentContext} and {@link org.plsim.model.component.SchoolView}
 * they see, and the factory they are found by, which also lists the settings a component reads
 * ({@link org.plsim.model.component.SettingField}, each default with its {@link org.plsim.model.component.Basis}).
 */
package org.plsim.model.component;
