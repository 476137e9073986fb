package org.dnacademy.records.control;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.entity.PracticalSession;

/** Practical skill sign-off by supervisors, limited to the trainees of their cohorts. */
@Stateless
public class SignOffs {

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    Cohorts cohorts;

    @Inject
    CompletionRecords records;

    /** Sessions of the trainees this supervisor may see: waiting ones first, then the latest decided. */
    public List<PracticalSession> visibleTo(Account viewer) {
        // Administrators see every trainee's sessions; a supervisor those of their cohorts.
        List<PracticalSession> sessions = viewer.getRole() == org.dnacademy.identity.entity.Role.ADMIN
                ? practicalSkills.allSessions()
                : practicalSkills.sessionsOf(records.matchingIds(viewer, CompletionRecords.Filter.none()));
        return java.util.stream.Stream.concat(
                sessions.stream().filter(s -> s.getLatestDecision() == null),
                sessions.stream().filter(s -> s.getLatestDecision() != null)
                        .sorted(java.util.Comparator.comparing((PracticalSession s) -> s.getLatestDecision().getDecidedAt()).reversed())
                        .limit(50))
                .toList();
    }

    /** The session, if it belongs to a trainee the viewer may see. */
    public java.util.Optional<PracticalSession> findVisible(Account viewer, long sessionId) {
        return practicalSkills.findSession(sessionId).filter(session -> cohorts.maySee(viewer, session.getAccountId()));
    }

    public void decide(Account viewer, long sessionId, boolean approve, String comment) {
        PracticalSession session = practicalSkills.findSession(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
        if (!cohorts.maySee(viewer, session.getAccountId())) {
            throw new NotFoundException("session " + sessionId);
        }
        practicalSkills.decide(viewer.getId(), viewer.getEmail(), sessionId, approve, comment);
    }
}
