/**
 * The trainee's own pages: the dashboard (their home page after signing in), a module's page, a
 * lesson with "mark as read", and the practical log. Boundary only: it composes {@code certification},
 * {@code quiz}, {@code progress} and {@code training} for one person and holds no rule of its own
 * (the rules live in those features). Nothing depends on it. Checked by {@code ArchitectureTest}.
 */
package org.dnacademy.trainee;
