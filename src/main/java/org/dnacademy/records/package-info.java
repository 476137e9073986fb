/**
 * What supervisors and admins see: cohorts, the completion dashboard, trainee records, exports,
 * practical skill sign-off, question statistics, enrolling people into cohorts (one by one or from a
 * CSV file) and the supervisors' weekly digest (through {@code notices}). Reads {@code progress}, {@code quiz} and
 * {@code certification}; no other feature reads {@code records}.
 */
package org.dnacademy.records;
