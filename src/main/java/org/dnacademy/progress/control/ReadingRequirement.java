package org.dnacademy.progress.control;

/**
 * How many minutes of engaged reading a trainee needs in a module before its quiz opens (0 for
 * none). Cohorts decide it, and they are above this feature: records implements this, so the quiz
 * can ask through progress without knowing cohorts.
 */
public interface ReadingRequirement {

    int minimumMinutes(long traineeId);
}
