/**
 * What supervisors and admins see: cohorts, the completion dashboard, trainee records, exports,
 * practical skill sign-off and question statistics. Reads {@code progress}, {@code quiz} and
 * {@code certification}; no other feature reads {@code records}.
 */
package org.dnacademy.records;
