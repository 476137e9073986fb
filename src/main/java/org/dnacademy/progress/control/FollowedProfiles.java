package org.dnacademy.progress.control;

import java.time.LocalDate;
import java.util.List;

import org.dnacademy.training.content.RequirementProfile;

/**
 * Which requirement profiles a trainee works towards, and since when. Cohorts decide that, and
 * they are above this feature, so the cohorts implement this (as they do {@link ReadingRequirement}).
 */
public interface FollowedProfiles {

    /** A profile a trainee follows, with the day they joined the first cohort that follows it (the course start). */
    record FollowedProfile(RequirementProfile profile, LocalDate courseStart) {
    }

    /** The distinct profiles the trainee follows, by profile id; profiles no longer in the files are left out. */
    List<FollowedProfile> of(long traineeId);
}
