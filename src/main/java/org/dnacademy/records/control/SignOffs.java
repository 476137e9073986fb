package org.dnacademy.records.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.entity.AdverseEvent;
import org.dnacademy.progress.entity.PracticalDecision;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.StepMark;
import org.dnacademy.training.content.ObservationMode;

/**
 * Practical skill sign-off by supervisors, limited to the trainees of their cohorts: the list of
 * sessions to assess, the signed assessment itself, returns, and adverse events a supervisor
 * records. Every session a request names is re-selected through the viewer's scope.
 */
@Stateless
public class SignOffs {

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    Cohorts cohorts;

    @Inject
    CompletionRecords records;

    /** Sessions of the trainees this supervisor may see: waiting ones first, then the 50 latest decided. */
    public List<PracticalSession> visibleTo(Account viewer) {
        List<PracticalSession> sessions = viewer.getRole() == Role.ADMIN
                ? practicalSkills.allSessions()
                : practicalSkills.sessionsOf(records.matchingIds(viewer, CompletionRecords.Filter.none()));
        return Stream.concat(
                sessions.stream().filter(PracticalSession::isAwaitingAssessment),
                sessions.stream().filter(s -> !s.isAwaitingAssessment())
                        .sorted(Comparator.comparing((PracticalSession s) -> s.getLatestDecision().getDecidedAt()).reversed())
                        .limit(50))
                .toList();
    }

    /** The session, if it belongs to a trainee the viewer may see. */
    public Optional<PracticalSession> findVisible(Account viewer, long sessionId) {
        return practicalSkills.findSession(sessionId).filter(session -> cohorts.maySee(viewer, session.getAccountId()));
    }

    /**
     * What the assessor signs: that they observed the session themselves, how, and that the marks
     * record what they saw. The one wording of the signature's meaning.
     */
    public String statement(Account assessor, ObservationMode observation) {
        String how = observation == ObservationMode.SYNCHRONOUS_TELEHEALTH ? "by live (synchronous) video" : "in person";
        return "I, " + assessor.getDisplayName() + ", directly observed this session " + how
                + " and attest that the marks and the rating above record the trainee's performance as I saw it.";
    }

    /** A signed assessment by a supervisor of the trainee's cohort (or an administrator); see {@link PracticalSkills#assess}. */
    public PracticalDecision assess(Account viewer, String password, long sessionId, List<StepMark.Mark> marks, List<String> stepComments,
            PracticalDecision.GlobalRating rating, ObservationMode observation, String comment, Long corrects, String correctionReason) {
        PracticalSession session = visible(viewer, sessionId);
        return practicalSkills.assess(viewer, password, session.getId(), marks, stepComments, rating, observation, comment,
                statement(viewer, observation), corrects, correctionReason);
    }

    public PracticalDecision returnUnassessed(Account viewer, long sessionId, String comment) {
        return practicalSkills.returnUnassessed(viewer, visible(viewer, sessionId).getId(), comment);
    }

    /** A supervisor records an adverse event on a session of one of their trainees. */
    public AdverseEvent recordAdverseEvent(Account viewer, long sessionId, AdverseEvent.Grade grade, AdverseEvent.Type type,
            String description, String actions, AdverseEvent.Referral referral, Long corrects) {
        return practicalSkills.recordAdverseEvent(viewer, visible(viewer, sessionId), grade, type, description, actions, referral, corrects);
    }

    private PracticalSession visible(Account viewer, long sessionId) {
        return findVisible(viewer, sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
    }
}
