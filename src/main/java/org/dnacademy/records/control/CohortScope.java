package org.dnacademy.records.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dnacademy.identity.control.TraineeScope;
import org.dnacademy.identity.entity.Account;

/** The viewer's scope as the cohorts define it, for the features that cannot depend on records. */
@ApplicationScoped
public class CohortScope implements TraineeScope {

    @Inject
    Cohorts cohorts;

    @Override
    public boolean maySee(Account viewer, long traineeId) {
        return viewer.getId() == traineeId || cohorts.maySee(viewer, traineeId);
    }
}
