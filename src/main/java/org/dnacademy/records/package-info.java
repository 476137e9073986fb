/**
 * What supervisors and admins see: cohorts, the completion dashboard, trainee records, exports,
 * transcripts, practical skill sign-off, question statistics, enrolling people into cohorts (one by
 * one or from a CSV file), the supervisors' weekly digest and the notices of practical decisions
 * (both through {@code notices}). Above everything: it may read every
 * feature, and nothing reads {@code records} (it implements {@code identity.control.TraineeScope}
 * so features below can ask who may see a trainee). Checked by {@code ArchitectureTest}.
 */
package org.dnacademy.records;
