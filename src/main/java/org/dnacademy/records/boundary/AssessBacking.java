package org.dnacademy.records.boundary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.progress.boundary.AdverseEventForm;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.control.ProfileProgress;
import org.dnacademy.progress.entity.AdverseEvent;
import org.dnacademy.progress.entity.PracticalDecision;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.SkillStep;
import org.dnacademy.progress.entity.StepMark;
import org.dnacademy.records.control.SignOffs;
import org.dnacademy.training.content.ObservationMode;

/**
 * {@code records/assess.xhtml?session=...}: a supervisor assesses one logged session step by step
 * (done, not done, not applicable, with a comment), gives a global rating, says how they observed
 * it, and signs with their password. On an assessed session the same form corrects the assessment
 * that stands. Also: return without assessing, and record an adverse event.
 */
@Named
@RequestScoped
public class AssessBacking {

    @Inject
    SignOffs signOffs;

    @Inject
    ProfileProgress requirements;

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    /** From the link's query, and on the form's post from its hidden field of the same name. */
    @Inject
    @Param(name = "session")
    private String sessionParameter;

    private PracticalSession session;
    /** Computed once per request: the page reads it twice (whether to show it, and the text). */
    private Optional<String> qualificationProblem;
    private final Map<Integer, String> marks = new HashMap<>();
    private final Map<Integer, String> stepComments = new HashMap<>();
    private String rating;
    private String observation = ObservationMode.IN_PERSON.name();
    private String comment;
    private String correctionReason;
    private String password;
    private String returnComment;
    private final AdverseEventForm adverseEvent = new AdverseEventForm();

    /** The page's subject: a session of a trainee the viewer may see. */
    @PostConstruct
    void find() {
        Long id = Pages.id(sessionParameter);
        session = id == null ? null : signOffs.findVisible(currentUser.get(), id).orElse(null);
    }

    public void load() {
        if (session == null) {
            Pages.notFound(faces);
        }
    }

    /** Signs the assessment (or the correction of the one that stands). Nothing is recorded when anything is refused. */
    public void sign() throws IOException {
        if (session == null) {
            Pages.notFound(faces);
            return;
        }
        List<StepMark.Mark> marked = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (SkillStep step : getSteps()) {
            marked.add(Pages.choice(StepMark.Mark.class, marks.get(step.getPosition())));
            comments.add(stepComments.get(step.getPosition()));
        }
        PracticalDecision standing = getStanding();
        PracticalDecision decision;
        try {
            decision = signOffs.assess(currentUser.get(), password, session.getId(), marked, comments,
                    Pages.choice(PracticalDecision.GlobalRating.class, rating), Pages.choice(ObservationMode.class, observation), comment,
                    standing == null ? null : standing.getId(), correctionReason);
        } catch (NotFoundException e) {
            Pages.notFound(faces);
            return;
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Assessment signed: " + decision.getOutcome().getLabel().toLowerCase(java.util.Locale.ROOT)
                + (decision.getCriticalStepsMissed().isEmpty() ? "." : ", because a critical step was not done."));
        Pages.redirect(faces, "/records/assess.xhtml?session=" + session.getId());
    }

    public void returnSession() throws IOException {
        if (session == null) {
            Pages.notFound(faces);
            return;
        }
        try {
            signOffs.returnUnassessed(currentUser.get(), session.getId(), returnComment);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Session returned to the trainee with your comment.");
        Pages.redirect(faces, "/records/practical.xhtml");
    }

    public void recordAdverseEvent() throws IOException {
        if (session == null) {
            Pages.notFound(faces);
            return;
        }
        try {
            signOffs.recordAdverseEvent(currentUser.get(), session.getId(), adverseEvent.grade(), adverseEvent.type(), adverseEvent.getDescription(),
                    adverseEvent.getActions(), adverseEvent.referral(), adverseEvent.corrects());
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Adverse event recorded.");
        Pages.redirect(faces, "/records/assess.xhtml?session=" + session.getId());
    }

    public PracticalSession getSession() {
        return session;
    }

    public Account getTrainee() {
        return session == null ? null : accounts.get(session.getAccountId());
    }

    public List<SkillStep> getSteps() {
        return session == null ? List.of() : session.getSkill().getSteps();
    }

    /** The signed assessment that stands on the session, if there is one: signing again corrects it. */
    public PracticalDecision getStanding() {
        PracticalDecision latest = session == null ? null : session.getLatestDecision();
        return latest != null && latest.isSigned() ? latest : null;
    }

    public String getRegionTitle() {
        return session == null || session.getRegionKey() == null ? null
                : practicalSkills.regionTitles().getOrDefault(session.getRegionKey(), session.getRegionKey());
    }

    /** What the assessor signs, for the observation chosen (in person until they choose). */
    public String getStatement() {
        ObservationMode mode = Pages.choice(ObservationMode.class, observation);
        return signOffs.statement(currentUser.get(), session, mode == null ? ObservationMode.IN_PERSON : mode);
    }

    public List<AdverseEvent> getAdverseEvents() {
        return session == null ? List.of()
                : practicalSkills.adverseEventsOf(session.getAccountId()).stream().filter(e -> e.getSession().getId().equals(session.getId())).toList();
    }

    public String decidedBy(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("account " + accountId);
    }

    public StepMark.Mark[] getMarkChoices() {
        return StepMark.Mark.values();
    }

    public PracticalDecision.GlobalRating[] getRatings() {
        return PracticalDecision.GlobalRating.values();
    }

    /** Why the viewer may not sign this trainee's sessions under their requirement profile; null when they may. */
    public String getQualificationProblem() {
        if (qualificationProblem == null) {
            qualificationProblem = session == null ? Optional.empty()
                    : requirements.whyNotQualified(currentUser.get(), session.getAccountId(), null);
        }
        return qualificationProblem.orElse(null);
    }

    public ObservationMode[] getObservations() {
        return ObservationMode.values();
    }

    public Map<Integer, String> getMarks() {
        return marks;
    }

    public Map<Integer, String> getStepComments() {
        return stepComments;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getObservation() {
        return observation;
    }

    public void setObservation(String observation) {
        this.observation = observation;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public void setReturnComment(String returnComment) {
        this.returnComment = returnComment;
    }

    public AdverseEventForm getAdverseEvent() {
        return adverseEvent;
    }
}
