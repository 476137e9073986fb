package org.dnacademy.audit;

/** What an {@link AuditEvent} records. Stored by name: never rename a constant. */
public enum AuditAction {
    ACCOUNT_REGISTERED,
    FIRST_ADMIN_CREATED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    PASSWORD_CHANGED,
    ROLE_CHANGED,
    ATTEMPT_STARTED,
    ATTEMPT_SUBMITTED,
    CERTIFICATE_ISSUED,
    CERTIFICATE_SUPERSEDED,
    CERTIFICATE_REVOKED,
    COHORT_CHANGED
}
