package org.dnacademy.records.control;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.control.Professionals;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.ProfessionalDetails;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.progress.control.FollowedProfiles;
import org.dnacademy.progress.control.LearningHours;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.control.ProfileProgress;
import org.dnacademy.progress.entity.LearningActivity;
import org.dnacademy.progress.entity.PracticalDecision;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.ProfileStanding;
import org.dnacademy.training.content.ProfileSource;
import org.dnacademy.training.content.RequirementProfile;

/**
 * Builds a trainee's {@link ProfileReport} for an administrator: only administrators export what
 * goes to a board, and only for a profile one of the trainee's cohorts follows.
 */
@Stateless
public class ProfileReports {

    @Inject
    Accounts accounts;

    @Inject
    ProfileProgress requirements;

    @Inject
    Transcripts transcripts;

    @Inject
    Professionals professionals;

    @Inject
    LearningHours learningHours;

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    Clock clock;

    /** The report, or empty when the viewer is not an administrator, there is no such trainee, or the trainee does not follow the profile. */
    public Optional<ProfileReport> of(Account viewer, long traineeId, String profileId) {
        if (viewer.getRole() != Role.ADMIN) {
            return Optional.empty();
        }
        Optional<Account> trainee = accounts.findById(traineeId);
        Optional<FollowedProfiles.FollowedProfile> followed = requirements.followedBy(traineeId).stream()
                .filter(f -> f.profile().id().equals(profileId)).findFirst();
        Optional<Transcript> transcript = transcripts.of(viewer, traineeId);
        if (trainee.isEmpty() || followed.isEmpty() || transcript.isEmpty()) {
            return Optional.empty();
        }
        RequirementProfile profile = followed.get().profile();
        ProfileStanding standing = requirements.standing(traineeId, profileId).orElseThrow();
        Map<String, String> regions = practicalSkills.regionTitles();
        List<ProfileReport.HoursLine> hours = new java.util.ArrayList<>();
        for (LearningActivity a : learningHours.activities(traineeId)) {
            hours.add(new ProfileReport.HoursLine(a.getCompletedOn(), a.getTitle() + " (" + a.getProvider() + ")", a.getDeliveryMode().label(),
                    a.getHours(), a.isConfirmed() ? "Confirmed" : "Awaiting confirmation: does not count"));
        }
        for (Transcript.ModuleLine module : transcript.get().modules()) {
            if (module.passedOn() != null && module.cpdHours() != null) {
                hours.add(new ProfileReport.HoursLine(module.passedOn(), module.title() + " (DN Academy module, quiz passed)",
                        org.dnacademy.training.content.DeliveryMode.SELF_PACED_ONLINE.label(), new java.math.BigDecimal(module.cpdHours()),
                        "Module passed"));
            }
        }
        hours.sort(Comparator.comparing(ProfileReport.HoursLine::on));
        List<ProfileReport.SessionLine> sessions = practicalSkills.sessions(traineeId).stream()
                .sorted(Comparator.comparing(PracticalSession::getPerformedOn).thenComparing(PracticalSession::getId))
                .flatMap(s -> s.getDecisions().stream().filter(PracticalDecision::isSigned).map(d -> session(s, d, regions))).toList();
        List<ProfileReport.AdverseEventLine> events = practicalSkills.adverseEventsOf(traineeId).stream()
                .map(e -> new ProfileReport.AdverseEventLine(e.getReportedAt(), e.getSession().getPerformedOn(), e.getGrade().getLabel(),
                        e.getType().getLabel(), e.getActionsTaken(), e.getReferral() == null ? null : e.getReferral().getLabel()))
                .toList();
        return Optional.of(new ProfileReport(trainee.get().getDisplayName(), trainee.get().getEmail(),
                professionals.current(traineeId).map(ProfessionalDetails::summary).orElse(null), transcript.get().cohorts(),
                profile.title(), profile.jurisdiction(), profile.id(), profile.version(),
                profile.sources().stream().map(ProfileReports::source).toList(), profile.notChecked().strip(),
                profile.finalAttestation() == null ? null : profile.finalAttestation().strip(), standing, hours, sessions,
                transcript.get().certificates(), events, clock.instant(), viewer.getEmail()));
    }

    private static ProfileReport.SessionLine session(PracticalSession session, PracticalDecision decision, Map<String, String> regions) {
        return new ProfileReport.SessionLine(session.getPerformedOn(), session.getSkill().getTitle(),
                session.getRegionKey() == null ? session.getBodyRegion() : regions.getOrDefault(session.getRegionKey(), session.getRegionKey()),
                decision.getOutcome().getLabel(), decision.getObservation() == null ? null : decision.getObservation().label(),
                decision.getSignerName(), decision.getSignerDetails(), decision.getDecidedAt(), decision.getSignedStatement(),
                decision.getCorrectsId() == null ? null : "Corrects an earlier assessment: " + decision.getCorrectionReason(),
                decision == session.getLatestDecision());
    }

    private static String source(ProfileSource source) {
        return source.authors() + " (" + source.year() + "). " + source.title() + ". " + (source.publisher() == null ? "" : source.publisher() + ". ")
                + source.url() + " (read " + source.checked() + ")";
    }
}
