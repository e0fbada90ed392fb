/**
 * Individualized college and career readiness learning plans (grant component {@code learning_plans}): plans
 * built and reviewed by counselors, advisory teachers, families and students, whose quality — bounded by
 * counselor caseload and teacher time — moves engagement, attendance, course-taking and college steps, never
 * test scores directly.
 */
package org.plsim.components.plans;
