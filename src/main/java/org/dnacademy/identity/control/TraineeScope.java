package org.dnacademy.identity.control;

import org.dnacademy.identity.entity.Account;

/**
 * Whose records a viewer may see: administrators everyone's, supervisors those of the trainees in
 * the cohorts they supervise, trainees their own. Cohorts belong to the records feature, which
 * implements this; features below it ask here, so nothing below depends on records.
 */
public interface TraineeScope {

    /** Whether the viewer may see this trainee's records (results, notes, revocation reasons). */
    boolean maySee(Account viewer, long traineeId);
}
