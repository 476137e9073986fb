package org.dnacademy.progress.control;

/**
 * Fired when a supervisor decides on a practice session (a signed assessment, a correction of one,
 * or a return without assessment), inside that transaction. Records tells the trainee (a notice,
 * which they may turn off): the decision and its notice are stored together or not at all.
 */
public record PracticalDecided(long decisionId, long traineeId) {
}
