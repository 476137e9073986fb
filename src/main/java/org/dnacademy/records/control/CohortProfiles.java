package org.dnacademy.records.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.progress.control.FollowedProfiles;
import org.dnacademy.training.control.RequirementProfiles;

/** The profiles of a trainee's cohorts, each from the day the trainee joined the first cohort that follows it. */
@Stateless
public class CohortProfiles implements FollowedProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequirementProfiles profiles;

    @Override
    public List<FollowedProfile> of(long traineeId) {
        Map<String, LocalDate> starts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT c.profileKey, MIN(m.addedAt) FROM Cohort c, CohortMember m WHERE m.cohortId = c.id "
                + "AND m.accountId = :trainee AND m.role = org.dnacademy.records.entity.CohortRole.TRAINEE AND c.profileKey IS NOT NULL "
                + "GROUP BY c.profileKey ORDER BY c.profileKey", Object[].class).setParameter("trainee", traineeId).getResultList()) {
            Object added = row[1];
            Instant at = added instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) added;
            starts.put((String) row[0], at.atZone(ZoneOffset.UTC).toLocalDate());
        }
        List<FollowedProfile> followed = new ArrayList<>();
        starts.forEach((key, start) -> profiles.find(key).ifPresent(profile -> followed.add(new FollowedProfile(profile, start))));
        return followed;
    }
}
