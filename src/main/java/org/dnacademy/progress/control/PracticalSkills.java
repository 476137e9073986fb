package org.dnacademy.progress.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.notices.control.Notices;
import org.dnacademy.notices.entity.NoticeKind;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.progress.entity.PracticalDecision;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.PracticalSkillDefinition;
import org.dnacademy.training.content.Curriculum;
import org.dnacademy.training.control.CurriculumLoaded;

/**
 * Supervised practice: the skills from {@code practical-skills.yaml}, the sessions trainees log and
 * the supervisors' decisions; the trainee is told of each decision (a notice, optional). Whether a supervisor may decide for a trainee is checked by the
 * caller (cohorts belong to records); everything else is checked here.
 */
@Stateless
public class PracticalSkills {

    public static final int REGION_LENGTH = 120;
    public static final int NOTES_LENGTH = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<SkillApproved> skillApproved;

    @Inject
    Notices notices;

    /** Keeps the skill definitions in step with the files: a changed file is a new set of definitions. */
    public void publish(@Observes CurriculumLoaded loaded) {
        Curriculum curriculum = loaded.curriculum();
        List<PracticalSkillDefinition> existing = em.createNamedQuery(PracticalSkillDefinition.BY_VERSION, PracticalSkillDefinition.class)
                .setParameter("version", curriculum.skillsVersion()).getResultList();
        List<PracticalSkillDefinition> current = current();
        if (!existing.isEmpty() && existing.stream().allMatch(PracticalSkillDefinition::isCurrent)) {
            return;
        }
        current.forEach(PracticalSkillDefinition::retire);
        if (!existing.isEmpty()) {
            existing.forEach(PracticalSkillDefinition::makeCurrent);
            return;
        }
        int position = 0;
        for (var skill : curriculum.skills()) {
            em.persist(new PracticalSkillDefinition(skill, curriculum.skillsVersion(), ++position));
        }
    }

    public List<PracticalSkillDefinition> current() {
        return em.createNamedQuery(PracticalSkillDefinition.CURRENT, PracticalSkillDefinition.class).getResultList();
    }

    public List<PracticalSession> sessions(long accountId) {
        return em.createNamedQuery(PracticalSession.BY_ACCOUNT, PracticalSession.class).setParameter("account", accountId).getResultList();
    }

    public List<PracticalSession> sessionsOf(List<Long> accountIds) {
        // In slices, so a large cohort does not become one statement with thousands of parameters.
        List<PracticalSession> sessions = new java.util.ArrayList<>();
        for (int from = 0; from < accountIds.size(); from += 500) {
            sessions.addAll(em.createNamedQuery(PracticalSession.BY_ACCOUNTS, PracticalSession.class)
                    .setParameter("accounts", accountIds.subList(from, Math.min(accountIds.size(), from + 500))).getResultList());
        }
        sessions.sort(java.util.Comparator.comparing(PracticalSession::getLoggedAt).thenComparing(PracticalSession::getId));
        return sessions;
    }

    public List<PracticalSession> allSessions() {
        return em.createNamedQuery(PracticalSession.ALL, PracticalSession.class).getResultList();
    }

    public Optional<PracticalSession> findSession(long sessionId) {
        return Optional.ofNullable(em.find(PracticalSession.class, sessionId));
    }

    /** A trainee logs a supervised session; it waits for a supervisor's decision. */
    public PracticalSession log(long accountId, String actorEmail, String skillKey, LocalDate performedOn, String writtenRegion,
            String writtenNotes) {
        String bodyRegion = writtenRegion == null ? null : org.dnacademy.platform.Text.line(writtenRegion, "The body region");
        String notes = writtenNotes == null ? null : org.dnacademy.platform.Text.lines(writtenNotes, "The notes");
        PracticalSkillDefinition skill = current().stream().filter(s -> s.getSkillKey().equals(skillKey)).findFirst()
                .orElseThrow(() -> new RejectedException("Choose one of the practical skills."));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (performedOn == null) {
            throw new RejectedException("Give the date of the session.");
        }
        if (performedOn.isAfter(today)) {
            throw new RejectedException("The session date cannot be in the future.");
        }
        if (performedOn.isBefore(today.minusYears(2))) {
            throw new RejectedException("Sessions more than two years old cannot be logged.");
        }
        if (bodyRegion == null || bodyRegion.isBlank()) {
            throw new RejectedException("Say which body region was treated, for example \"right upper trapezius\".");
        }
        if (bodyRegion.strip().length() > REGION_LENGTH) {
            throw new RejectedException("Keep the body region under " + REGION_LENGTH + " characters.");
        }
        if (notes != null && notes.strip().length() > NOTES_LENGTH) {
            throw new RejectedException("Keep the notes under " + NOTES_LENGTH + " characters.");
        }
        var session = new PracticalSession(accountId, skill, performedOn, bodyRegion.strip(),
                notes == null || notes.isBlank() ? null : notes.strip(), clock.instant());
        em.persist(session);
        em.flush();
        audit.record(actorEmail, AuditAction.PRACTICAL_SESSION_LOGGED, "session " + session.getId(), skillKey + " on " + performedOn);
        return session;
    }

    /**
     * Appends a supervisor's decision to a session. A return needs a comment saying what to
     * improve. Earlier decisions are never changed.
     */
    public PracticalDecision decide(long supervisorId, String supervisorEmail, long sessionId, boolean approve, String writtenComment) {
        String comment = writtenComment == null ? null : org.dnacademy.platform.Text.lines(writtenComment, "The comment");
        PracticalSession session = findSession(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
        if (!approve && (comment == null || comment.isBlank())) {
            throw new RejectedException("Say what the trainee should improve when returning a session.");
        }
        if (comment != null && comment.strip().length() > NOTES_LENGTH) {
            throw new RejectedException("Keep the comment under " + NOTES_LENGTH + " characters.");
        }
        if (supervisorId == session.getAccountId()) {
            throw new RejectedException("Nobody signs off their own practice.");
        }
        PracticalDecision decision = session.decide(supervisorId, approve,
                comment == null || comment.isBlank() ? null : comment.strip(), clock.instant());
        em.flush();
        audit.record(supervisorEmail, approve ? AuditAction.PRACTICAL_APPROVED : AuditAction.PRACTICAL_RETURNED,
                "session " + sessionId, session.getSkillKey() + (decision.getComment() == null ? "" : ": " + decision.getComment()));
        notices.post(session.getAccountId(), approve ? NoticeKind.PRACTICAL_APPROVED : NoticeKind.PRACTICAL_RETURNED,
                "practical-decision:" + decision.getId(), "/training/practical.xhtml", java.util.Map.of(
                        "skill", session.getSkill().getTitle(), "performedOn", session.getPerformedOn().toString(),
                        "supervisor", notices.nameOf(supervisorId),
                        "comment", decision.getComment() == null ? "" : approve ? "Comment: " + decision.getComment() : decision.getComment()));
        if (approve) {
            skillApproved.fire(new SkillApproved(session.getAccountId(), session.getSkillKey()));
        }
        return decision;
    }

    /** Keys of the skills with at least one approved session. */
    public Set<String> approvedSkillKeys(long accountId) {
        return sessions(accountId).stream().filter(PracticalSession::isApproved).map(PracticalSession::getSkillKey)
                .collect(Collectors.toSet());
    }

    /** Every current required skill is approved: a condition of the programme certificate. */
    public boolean requiredSkillsApproved(long accountId) {
        Set<String> approved = approvedSkillKeys(accountId);
        return current().stream().filter(PracticalSkillDefinition::isRequired).allMatch(s -> approved.contains(s.getSkillKey()));
    }
}
