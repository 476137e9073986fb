package org.dnacademy.notices.entity;

/**
 * What a notice is about, with its template (in {@code mail/}). Stored by name: never rename a
 * constant. Reminders about certificates cannot be turned off: they concern whether someone may
 * needle patients; the others can.
 */
public enum NoticeKind {
    CERTIFICATE_EXPIRING("certificate-expiring", false, "A certificate is about to expire"),
    CERTIFICATE_EXPIRED("certificate-expired", false, "A certificate has expired"),
    RECERTIFICATION_REQUIRED("recertification-required", false, "A module changed and you must recertify"),
    PRACTICAL_APPROVED("practical-approved", true, "A supervisor assessed a practical session competent"),
    PRACTICAL_RETURNED("practical-returned", true, "A supervisor assessed a practical session not yet competent, or returned it"),
    SUPERVISOR_DIGEST("supervisor-digest", true, "Weekly summary of your cohorts (supervisors)");

    private final String template;
    private final boolean optional;
    private final String label;

    NoticeKind(String template, boolean optional, String label) {
        this.template = template;
        this.optional = optional;
        this.label = label;
    }

    public String getTemplate() {
        return template;
    }

    /** Whether a person may turn it off. */
    public boolean isOptional() {
        return optional;
    }

    public String getLabel() {
        return label;
    }
}
