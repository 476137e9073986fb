package org.dnacademy.quiz.entity;

/** Who closed an attempt: the trainee, or the server when the time limit ran out. */
public enum SubmittedBy {
    TRAINEE,
    TIME_LIMIT
}
