/**
 * The append-only audit trail: every change to a record someone relies on (sign-in, role change,
 * attempt submission, certificate issue or revocation, sign-off) is written here and never
 * updated or deleted. Below every feature: may use {@code platform} only; every feature may write to it.
 */
package org.dnacademy.audit;
