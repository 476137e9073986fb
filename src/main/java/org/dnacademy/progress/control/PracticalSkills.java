package org.dnacademy.progress.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.dnacademy.identity.control.PasswordConfirmation;
import org.dnacademy.identity.control.Professionals;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.ProfessionalDetails;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Text;
import org.dnacademy.progress.entity.AdverseEvent;
import org.dnacademy.progress.entity.BodyRegion;
import org.dnacademy.progress.entity.PracticalDecision;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.PracticalSkillDefinition;
import org.dnacademy.progress.entity.SkillCompetence;
import org.dnacademy.progress.entity.StepMark;
import org.dnacademy.training.content.Curriculum;
import org.dnacademy.training.content.ObservationMode;
import org.dnacademy.training.control.CurriculumLoaded;

/**
 * Supervised practice: the skills from {@code practical-skills.yaml} with their checklists and
 * body regions, the sessions trainees log, the supervisors' signed assessments, competence per
 * region, and adverse events during practice. Each decision is announced ({@link PracticalDecided})
 * so the trainee can be told. Whether a supervisor may assess a trainee is checked
 * by the caller (cohorts and requirement profiles are above this feature); everything else is
 * checked here.
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
    Event<AdverseEventRecorded> adverseEventRecorded;

    @Inject
    Event<PracticalDecided> practicalDecided;

    @Inject
    PasswordConfirmation passwords;

    @Inject
    Professionals professionals;

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
        position = 0;
        for (var region : curriculum.regions()) {
            em.persist(new BodyRegion(curriculum.skillsVersion(), region.id(), region.title(), ++position));
        }
    }

    /** The body regions of the current skills file, in its order: id to title. */
    public Map<String, String> regionTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        current().stream().findFirst().ifPresent(any -> em.createNamedQuery(BodyRegion.OF_VERSION, BodyRegion.class)
                .setParameter("version", any.getSkillsVersion()).getResultList()
                .forEach(region -> titles.put(region.getRegionKey(), region.getTitle())));
        return titles;
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

    /** A trainee logs a supervised session; it waits for a supervisor's assessment. */
    public PracticalSession log(long accountId, String actorEmail, String skillKey, LocalDate performedOn, String regionKey, String writtenSite,
            String writtenNotes) {
        String site = Text.requiredLine(writtenSite, "Where on the body (for example \"right upper trapezius\")", REGION_LENGTH);
        String notes = Text.optionalLines(writtenNotes, "The notes", NOTES_LENGTH);
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
        var session = new PracticalSession(accountId, skill, performedOn, regionKey == null || regionKey.isBlank() ? null : regionKey, site,
                notes, clock.instant());
        em.persist(session);
        em.flush();
        audit.record(actorEmail, AuditAction.PRACTICAL_SESSION_LOGGED, "session " + session.getId(),
                skillKey + (session.getRegionKey() == null ? "" : " (" + session.getRegionKey() + ")") + " on " + performedOn);
        return session;
    }

    /**
     * A supervisor's signed assessment of a session, step by step. The signer typed their password
     * again (checked here, throttled); whether they may assess this trainee, and any statement a
     * requirement profile adds, are the caller's (cohorts and profiles are above this feature).
     * Nothing is recorded when anything is refused.
     *
     * @param statement what the signer attests, shown to them before signing
     * @param corrects  the id of the decision this assessment corrects, or null
     */
    public PracticalDecision assess(Account signer, String password, long sessionId, List<StepMark.Mark> marks, List<String> writtenStepComments,
            PracticalDecision.GlobalRating rating, ObservationMode observation, String writtenComment, String statement, Long corrects,
            String writtenCorrectionReason) {
        String comment = Text.optionalLines(writtenComment, "The comment", NOTES_LENGTH);
        String reason = Text.optionalLines(writtenCorrectionReason, "The reason for the correction", 1000);
        List<String> stepComments = new ArrayList<>();
        for (String written : writtenStepComments) {
            stepComments.add(Text.optionalLine(written, "A step's comment", 1000));
        }
        PracticalSession session = findSession(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
        passwords.confirm(signer, password);
        String details = professionals.current(signer.getId()).map(ProfessionalDetails::summary).orElse("No professional details declared");
        PracticalDecision decision = session.assess(marks, stepComments, rating, observation, comment,
                new PracticalDecision.Signature(signer.getId(), signer.getDisplayName(), details, statement), corrects, reason, clock.instant());
        em.flush();
        audit.record(signer.getEmail(), corrects == null ? AuditAction.PRACTICAL_ASSESSED : AuditAction.PRACTICAL_ASSESSMENT_CORRECTED,
                "session " + sessionId, session.getSkillKey() + ": " + decision.getOutcome().getLabel()
                        + (corrects == null ? "" : ", correcting decision " + corrects + ": " + reason));
        if (decision.isCompetent()) {
            skillApproved.fire(new SkillApproved(session.getAccountId(), session.getSkillKey()));
        }
        practicalDecided.fire(new PracticalDecided(decision.getId(), session.getAccountId()));
        return decision;
    }

    /** A supervisor returns a session without assessing it (logged wrongly, say), with the reason. */
    public PracticalDecision returnUnassessed(Account supervisor, long sessionId, String writtenComment) {
        String comment = Text.optionalLines(writtenComment, "The comment", NOTES_LENGTH);
        PracticalSession session = findSession(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
        if (session.getLatestDecision() != null && session.getLatestDecision().isSigned()) {
            throw new RejectedException("This session has been assessed. To change the outcome, correct that assessment.");
        }
        PracticalDecision decision = session.returnUnassessed(supervisor.getId(), comment, clock.instant());
        em.flush();
        audit.record(supervisor.getEmail(), AuditAction.PRACTICAL_RETURNED, "session " + sessionId, session.getSkillKey() + ": " + comment);
        practicalDecided.fire(new PracticalDecided(decision.getId(), session.getAccountId()));
        return decision;
    }

    /** Where the trainee stands in every current skill: competent sessions per region against the number needed. */
    public List<SkillCompetence> competence(long accountId) {
        List<PracticalSession> sessions = sessions(accountId);
        Map<String, String> regions = regionTitles();
        return current().stream().map(skill -> SkillCompetence.of(skill, sessions, regions)).toList();
    }

    /** Keys of the skills the trainee is competent in: every region (or the skill) has its observed sessions. */
    public Set<String> approvedSkillKeys(long accountId) {
        return competence(accountId).stream().filter(SkillCompetence::isComplete).map(c -> c.skill().getSkillKey())
                .collect(Collectors.toSet());
    }

    /** Every current required skill is complete: a condition of the programme certificate. */
    public boolean requiredSkillsApproved(long accountId) {
        return competence(accountId).stream().filter(c -> c.skill().isRequired()).allMatch(SkillCompetence::isComplete);
    }

    // ---- Adverse events ----

    /**
     * Records an adverse event on a session (the trainee's own, or a trainee's the caller may see).
     * A serious event is announced at once ({@link AdverseEventRecorded}) so the cohort's supervisors hear of it.
     *
     * @param corrects the id of the earlier entry this one updates, or null
     */
    public AdverseEvent recordAdverseEvent(Account reporter, PracticalSession session, AdverseEvent.Grade grade, AdverseEvent.Type type,
            String writtenDescription, String writtenActions, AdverseEvent.Referral referral, Long corrects) {
        if (grade == null || type == null || referral == null) {
            throw new RejectedException("Give the grade, the kind of event and whether the patient was referred.");
        }
        String description = Text.requiredLines(writtenDescription, "What happened", NOTES_LENGTH);
        String actions = Text.requiredLines(writtenActions, "What was done", NOTES_LENGTH);
        if (corrects != null && adverseEventsOf(session.getAccountId()).stream()
                .noneMatch(e -> e.getId().equals(corrects) && e.getSession().getId().equals(session.getId()))) {
            throw new RejectedException("That entry is not one of this session's adverse events.");
        }
        var event = new AdverseEvent(session, reporter.getId(), grade, type, description, actions, referral, corrects, clock.instant());
        em.persist(event);
        em.flush();
        audit.record(reporter.getEmail(), AuditAction.ADVERSE_EVENT_RECORDED, "session " + session.getId(),
                grade.getLabel() + ": " + type.getLabel() + (corrects == null ? "" : " (updates entry " + corrects + ")"));
        adverseEventRecorded.fire(new AdverseEventRecorded(event.getId(), session.getAccountId(), event.isSerious()));
        return event;
    }

    public List<AdverseEvent> adverseEventsOf(long accountId) {
        return em.createNamedQuery(AdverseEvent.OF_ACCOUNT, AdverseEvent.class).setParameter("account", accountId).getResultList();
    }

    public List<AdverseEvent> adverseEventsOf(List<Long> accountIds) {
        List<AdverseEvent> events = new ArrayList<>();
        for (int from = 0; from < accountIds.size(); from += 500) {
            events.addAll(em.createNamedQuery(AdverseEvent.OF_ACCOUNTS, AdverseEvent.class)
                    .setParameter("accounts", accountIds.subList(from, Math.min(accountIds.size(), from + 500))).getResultList());
        }
        events.sort(Comparator.comparing(AdverseEvent::getReportedAt).reversed());
        return events;
    }

    public Optional<AdverseEvent> findAdverseEvent(long id) {
        return Optional.ofNullable(em.find(AdverseEvent.class, id));
    }
}
