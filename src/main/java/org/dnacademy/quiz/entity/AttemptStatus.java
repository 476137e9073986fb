package org.dnacademy.quiz.entity;

/** An attempt is open while the trainee answers, then submitted (graded) exactly once. */
public enum AttemptStatus {
    IN_PROGRESS,
    SUBMITTED
}
