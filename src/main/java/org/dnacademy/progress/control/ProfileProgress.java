package org.dnacademy.progress.control;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.identity.control.Professionals;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.ProfessionalDetails;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.progress.entity.LearningActivity;
import org.dnacademy.progress.entity.ProfileStanding;
import org.dnacademy.progress.entity.SupervisorQualification;
import org.dnacademy.training.content.ObservationMode;
import org.dnacademy.training.content.RequirementProfile;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.control.RequirementProfiles;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * Gathers a trainee's evidence (declared licence, confirmed hours, passed modules, assessed
 * sessions) and measures it against a requirement profile with {@link ProfileStanding}; and says
 * whether a supervisor is qualified to sign under a profile. Which profile applies to a trainee is
 * their cohort's business, above this feature.
 */
@Stateless
public class ProfileProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RequirementProfiles profiles;

    @Inject
    CurriculumCatalog catalog;

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    LearningHours learningHours;

    @Inject
    Professionals professionals;

    @Inject
    FollowedProfiles followed;

    /** The trainee's standing against each profile they follow, today. */
    public List<ProfileStanding> standings(long traineeId) {
        return followed.of(traineeId).stream().map(f -> standing(traineeId, f.profile(), f.courseStart())).toList();
    }

    /** The standing against one profile the trainee follows; empty when they do not follow it. */
    public Optional<ProfileStanding> standing(long traineeId, String profileId) {
        return followed.of(traineeId).stream().filter(f -> f.profile().id().equals(profileId)).findFirst()
                .map(f -> standing(traineeId, f.profile(), f.courseStart()));
    }

    /** The profiles the trainee follows. */
    public List<FollowedProfiles.FollowedProfile> followedBy(long traineeId) {
        return followed.of(traineeId);
    }

    /**
     * Refuses the signature, recording nothing, when a profile the trainee follows asks for a
     * supervisor this signer is not (by their declared professional details), or does not accept the
     * way the session was observed.
     */
    public void refuseUnqualified(Account signer, long traineeId, ObservationMode observation) {
        Optional<String> problem = whyNotQualified(signer, traineeId, observation);
        if (problem.isPresent()) {
            throw new RejectedException(problem.get());
        }
    }

    /** Why this signer may not sign the trainee's sessions (observed so, when given); empty when they may. */
    public Optional<String> whyNotQualified(Account signer, long traineeId, ObservationMode observation) {
        for (FollowedProfiles.FollowedProfile f : followed.of(traineeId)) {
            RequirementProfile profile = f.profile();
            List<String> shortfalls = signerShortfalls(profile, signer.getId());
            if (!shortfalls.isEmpty()) {
                return Optional.of("You cannot sign this session under \"" + profile.title() + "\": it asks for a supervisor with "
                        + String.join("; ", shortfalls) + ". Update your professional details on your Profile page if they are out of date.");
            }
            if (observation != null && profile.supervisedSessions() != null && !profile.supervisedSessions().allows(observation)) {
                return Optional.of("\"" + profile.title() + "\" does not accept a session observed "
                        + observation.label().toLowerCase(Locale.ROOT) + ".");
            }
        }
        return Optional.empty();
    }

    /** The attestations the trainee's profiles ask a supervisor to sign for each session, each with the profile's title. */
    public List<String> attestations(long traineeId) {
        return followed.of(traineeId).stream().filter(f -> f.profile().attestation() != null)
                .map(f -> "For \"" + f.profile().title() + "\": " + f.profile().attestation().strip()).toList();
    }

    /** Where the trainee stands today against this profile. */
    public ProfileStanding standing(long traineeId, RequirementProfile profile, LocalDate courseStart) {
        Map<Long, List<ProfessionalDetails>> signerHistories = new HashMap<>();
        ProfileStanding.Evidence evidence = new ProfileStanding.Evidence(
                professionals.current(traineeId).map(ProfessionalDetails::getLicensedSince).orElse(null),
                courseStart,
                learningHours.activities(traineeId).stream().filter(LearningActivity::isConfirmed)
                        .map(a -> new ProfileStanding.Hours(a.getCompletedOn(), a.getDeliveryMode(), a.getHours(),
                                a.getTitle() + " (" + a.getProvider() + ")"))
                        .toList(),
                modules(traineeId, profile),
                practicalSkills.current(),
                profiles.skillIds(profile),
                practicalSkills.sessions(traineeId),
                practicalSkills.regionTitles(),
                decision -> decision.isSigned() && SupervisorQualification.shortfalls(profile.supervisor(),
                        SupervisorQualification.inForce(signerHistories.computeIfAbsent(decision.getDecidedBy(), professionals::history),
                                decision.getDecidedAt()),
                        decision.getDecidedAt().atZone(ZoneOffset.UTC).toLocalDate()).isEmpty());
        return ProfileStanding.evaluate(profile, evidence, LocalDate.now(clock));
    }

    /** What this person lacks today to attest sessions under the profile; empty when qualified. */
    public List<String> signerShortfalls(RequirementProfile profile, long signerId) {
        return SupervisorQualification.shortfalls(profile.supervisor(), professionals.current(signerId).orElse(null), LocalDate.now(clock));
    }

    /** The profile's modules, each with the day the trainee first passed it and the CPD hours of the version passed. */
    private List<ProfileStanding.ModuleEvidence> modules(long traineeId, RequirementProfile profile) {
        Map<String, Object[]> firstPass = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.moduleKey, p.passedAt, v.cpdHours FROM ModulePass p, ModuleVersion v "
                + "WHERE v.id = p.moduleVersionId AND p.accountId = :account ORDER BY p.passedAt", Object[].class)
                .setParameter("account", traineeId).getResultList()) {
            firstPass.putIfAbsent((String) row[0], row);
        }
        return profiles.moduleIds(profile).stream().map(key -> {
            Object[] pass = firstPass.get(key);
            String title = catalog.findCurrent(key).map(ModuleVersion::getTitle).orElse(key);
            return pass == null ? new ProfileStanding.ModuleEvidence(key, title, null, null)
                    : new ProfileStanding.ModuleEvidence(key, title, instant(pass[1]).atZone(ZoneOffset.UTC).toLocalDate(), (BigDecimal) pass[2]);
        }).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
