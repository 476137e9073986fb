package org.dnacademy.records.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.progress.control.ReadingRequirement;
import org.dnacademy.records.entity.Cohort;

/** The reading a trainee's cohorts ask for before a module's quiz: the largest minimum of their cohorts. */
@Stateless
public class CohortReadingRequirement implements ReadingRequirement {

    @Inject
    Cohorts cohorts;

    @Override
    public int minimumMinutes(long traineeId) {
        return cohorts.cohortsOf(traineeId).stream().map(Cohort::getMinReadingMinutes).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0);
    }
}
