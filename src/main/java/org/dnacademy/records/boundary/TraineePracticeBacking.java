package org.dnacademy.records.boundary;

import java.io.IOException;
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
import org.dnacademy.identity.control.Professionals;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.ProfessionalDetails;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.progress.control.LearningHours;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.control.ProfileProgress;
import org.dnacademy.progress.entity.AdverseEvent;
import org.dnacademy.progress.entity.LearningActivity;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.ProfileStanding;
import org.dnacademy.progress.entity.SkillCompetence;
import org.dnacademy.records.control.Cohorts;

/**
 * The practice part of {@code records/trainee.xhtml?id=...}: competence per skill and region, the
 * sessions with their assessments, adverse events, learning hours (which a supervisor confirms
 * here) and the trainee's declared professional standing. Only for a trainee the viewer may see.
 */
@Named
@RequestScoped
public class TraineePracticeBacking {

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    LearningHours learningHours;

    @Inject
    Professionals professionals;

    @Inject
    Accounts accounts;

    @Inject
    Cohorts cohorts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    ProfileProgress requirements;

    /** The hidden field of the learning-hours table (the certificates table of the page has its own). */
    static final String ACTIVITY_ROWS = "activity-rows";

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Account trainee;
    private Map<String, String> regions;
    private List<LearningActivity> activities;
    /** Computed once per request: the page's EL reads it more than once. */
    private List<ProfileStanding> standings;

    /** The page's subject: a trainee the viewer may see. */
    @PostConstruct
    void find() {
        Long id = Pages.id(idParameter);
        trainee = id == null ? null : accounts.findById(id).filter(t -> cohorts.maySee(currentUser.get(), t.getId())).orElse(null);
    }

    /** The trainee's standing against each requirement profile of their cohorts. */
    public List<ProfileStanding> getStandings() {
        if (standings == null) {
            standings = trainee == null ? List.of() : requirements.standings(trainee.getId());
        }
        return standings;
    }

    /** The trainee's id when the viewer is an administrator (who may export profile reports); null otherwise. */
    public Long getReportFor() {
        return trainee != null && currentUser.get().getRole() == org.dnacademy.identity.entity.Role.ADMIN ? trainee.getId() : null;
    }

    public List<SkillCompetence> getCompetence() {
        return trainee == null ? List.of() : practicalSkills.competence(trainee.getId());
    }

    public List<PracticalSession> getSessions() {
        return trainee == null ? List.of() : practicalSkills.sessions(trainee.getId());
    }

    public List<AdverseEvent> getAdverseEvents() {
        return trainee == null ? List.of() : practicalSkills.adverseEventsOf(trainee.getId());
    }

    /**
     * The trainee's learning activities; on a post, the rows the page showed (see {@link Pages#postedRows}),
     * so a confirmation hits the row that was clicked even if the list changed meanwhile.
     */
    public List<LearningActivity> getActivities() {
        if (activities == null) {
            if (trainee == null) {
                activities = List.of();
            } else {
                long owner = trainee.getId();
                var posted = Pages.postedRows(faces, ACTIVITY_ROWS, id -> learningHours.find(id).filter(a -> a.getAccountId() == owner));
                posted.filter(Pages.Rows::stale).ifPresent(stale -> Messages.error(faces, Pages.STALE_ROWS));
                activities = posted.map(Pages.Rows::rows).orElseGet(() -> learningHours.activities(owner));
            }
        }
        return activities;
    }

    public String getActivityIds() {
        return Pages.rowIds(getActivities().stream().map(LearningActivity::getId).toList());
    }

    public Optional<ProfessionalDetails> getProfessional() {
        return trainee == null ? Optional.empty() : professionals.current(trainee.getId());
    }

    public String regionTitle(String key) {
        if (regions == null) {
            regions = practicalSkills.regionTitles();
        }
        return key == null ? "" : regions.getOrDefault(key, key);
    }

    /** A supervisor confirms learning hours of this trainee; the activity is re-selected through the trainee. */
    public void confirm(long activityId) throws IOException {
        if (trainee == null) {
            Pages.notFound(faces);
            return;
        }
        try {
            LearningActivity activity = learningHours.find(activityId).filter(a -> a.getAccountId() == trainee.getId())
                    .orElseThrow(() -> new NotFoundException("learning activity " + activityId));
            learningHours.confirm(currentUser.get(), activity.getId());
        } catch (NotFoundException e) {
            Messages.error(faces, "Those hours are not this trainee's.");
            return;
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Hours confirmed.");
        Pages.redirect(faces, "/records/trainee.xhtml?id=" + trainee.getId() + "#learning-hours");
    }
}
