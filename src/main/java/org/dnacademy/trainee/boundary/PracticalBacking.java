package org.dnacademy.trainee.boundary;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Text;
import org.dnacademy.progress.control.LearningHours;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.entity.LearningActivity;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.SkillCompetence;
import org.dnacademy.training.content.DeliveryMode;

/**
 * {@code training/practical.xhtml}: the practical skills with their checklists and the trainee's
 * progress towards each (observed sessions assessed competent, region by region), the sessions they
 * logged, and learning hours done outside DN Academy.
 */
@Named
@RequestScoped
public class PracticalBacking {

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    LearningHours learningHours;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String skill;
    private String performedOn;
    private String region;
    private String bodyRegion;
    private String notes;

    private String activityTitle;
    private String activityProvider;
    private String activityMode;
    private String activityHours;
    private String activityDate;
    private String activityEvidence;

    private List<SkillCompetence> competence;
    private Map<String, String> regions;

    /** Every current skill with the trainee's standing in it (supervisors and admins see the skills with no standing). */
    public List<SkillCompetence> getCompetence() {
        if (competence == null) {
            competence = currentUser.isTrainee() ? practicalSkills.competence(currentUser.get().getId())
                    : practicalSkills.current().stream().map(s -> SkillCompetence.of(s, List.of(), getRegions())).toList();
        }
        return competence;
    }

    /** The body regions of the skills file: id to title. */
    public Map<String, String> getRegions() {
        if (regions == null) {
            regions = practicalSkills.regionTitles();
        }
        return regions;
    }

    public List<Map.Entry<String, String>> getRegionChoices() {
        return List.copyOf(getRegions().entrySet());
    }

    public List<PracticalSession> getSessions() {
        return currentUser.isTrainee() ? practicalSkills.sessions(currentUser.get().getId()) : List.of();
    }

    public List<LearningActivity> getActivities() {
        return currentUser.isTrainee() ? learningHours.activities(currentUser.get().getId()) : List.of();
    }

    public DeliveryMode[] getModes() {
        return DeliveryMode.values();
    }

    public String regionTitle(String key) {
        return key == null ? "" : getRegions().getOrDefault(key, key);
    }

    public void log() throws IOException {
        try {
            practicalSkills.log(currentUser.get().getId(), currentUser.getEmail(), skill, Text.date(performedOn, "The date of the session"),
                    region, bodyRegion, notes);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Session logged. Your supervisor will assess it against the skill's checklist.");
        Pages.redirect(faces, "/training/practical.xhtml");
    }

    public void logActivity() throws IOException {
        try {
            learningHours.log(currentUser.get(), activityTitle, activityProvider, Pages.choice(DeliveryMode.class, activityMode), activityHours,
                    Text.date(activityDate, "The date you completed it"), activityEvidence);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Learning logged. It counts once your supervisor has confirmed it.");
        Pages.redirect(faces, "/training/practical.xhtml#learning-hours");
    }

    public String getSkill() {
        return skill;
    }

    public void setSkill(String skill) {
        this.skill = skill;
    }

    public String getPerformedOn() {
        return performedOn;
    }

    public void setPerformedOn(String performedOn) {
        this.performedOn = performedOn;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getBodyRegion() {
        return bodyRegion;
    }

    public void setBodyRegion(String bodyRegion) {
        this.bodyRegion = bodyRegion;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getActivityTitle() {
        return activityTitle;
    }

    public void setActivityTitle(String activityTitle) {
        this.activityTitle = activityTitle;
    }

    public String getActivityProvider() {
        return activityProvider;
    }

    public void setActivityProvider(String activityProvider) {
        this.activityProvider = activityProvider;
    }

    public String getActivityMode() {
        return activityMode;
    }

    public void setActivityMode(String activityMode) {
        this.activityMode = activityMode;
    }

    public String getActivityHours() {
        return activityHours;
    }

    public void setActivityHours(String activityHours) {
        this.activityHours = activityHours;
    }

    public String getActivityDate() {
        return activityDate;
    }

    public void setActivityDate(String activityDate) {
        this.activityDate = activityDate;
    }

    public String getActivityEvidence() {
        return activityEvidence;
    }

    public void setActivityEvidence(String activityEvidence) {
        this.activityEvidence = activityEvidence;
    }
}
