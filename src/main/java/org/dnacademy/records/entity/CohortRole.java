package org.dnacademy.records.entity;

/** How an account belongs to a cohort. */
public enum CohortRole {
    TRAINEE,
    SUPERVISOR
}
