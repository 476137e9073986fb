package org.dnacademy.progress.control;

/**
 * Fired when an adverse event is recorded on a practice session, inside that transaction. Records
 * (which knows the cohorts) tells the trainee's supervisors at once when it is serious.
 */
public record AdverseEventRecorded(long eventId, long traineeId, boolean serious) {
}
