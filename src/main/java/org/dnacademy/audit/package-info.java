/**
 * The append-only audit trail: every change to a record someone relies on (sign-in, role change,
 * attempt submission, certificate issue or revocation, sign-off) is written here and never
 * updated or deleted: the database itself refuses UPDATE and DELETE of its table (V12_1, per
 * database). {@link org.dnacademy.audit.AuditSearch} reads it for the administrators' page. Below
 * every feature: may use {@code platform} only; every feature may write to it.
 */
package org.dnacademy.audit;
