/**
 * {@code plsim explore}: a local what-if page for grant reviewers. A shipped scenario chosen by name, its
 * controls as field paths applied the way sweeps apply them, projections from one warm runner with an exact
 * cache, a preview first; every view a permalink and an export. Above {@code experiment}, {@code analysis} and
 * {@code reporting}, below {@code cli}; the model never learns of it.
 */
package org.plsim.web;
