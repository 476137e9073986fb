package org.dnacademy.identity.entity;

/** What an account may do. Stored by name and used as the Jakarta Security group name. */
public enum Role {
    /** Works through modules and quizzes, holds certificates, logs practical sessions. */
    TRAINEE("Trainee"),
    /** Reviews the records of the trainees in their cohorts and signs off practical skills. */
    SUPERVISOR("Supervisor"),
    /** Manages accounts, roles and cohorts, revokes certificates, reads the audit log. */
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
