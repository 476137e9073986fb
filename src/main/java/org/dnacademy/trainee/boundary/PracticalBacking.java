package org.dnacademy.trainee.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.PracticalSkillDefinition;

/** {@code training/practical.xhtml}: the practical skills, and the trainee's logged supervised sessions. */
@Named
@RequestScoped
public class PracticalBacking {

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String skill;
    private String performedOn;
    private String bodyRegion;
    private String notes;
    private Set<String> approved;

    public List<PracticalSkillDefinition> getSkills() {
        return practicalSkills.current();
    }

    public List<PracticalSession> getSessions() {
        return currentUser.isTrainee() ? practicalSkills.sessions(currentUser.get().getId()) : List.of();
    }

    public boolean isApproved(PracticalSkillDefinition definition) {
        if (approved == null) {
            approved = currentUser.isTrainee() ? practicalSkills.approvedSkillKeys(currentUser.get().getId()) : Set.of();
        }
        return approved.contains(definition.getSkillKey());
    }

    public void log() {
        LocalDate date;
        try {
            date = performedOn == null || performedOn.isBlank() ? null : LocalDate.parse(performedOn.strip());
        } catch (DateTimeParseException e) {
            Messages.error(faces, "Write the date as year-month-day, for example 2026-11-20.");
            return;
        }
        try {
            practicalSkills.log(currentUser.get().getId(), currentUser.getEmail(), skill, date, bodyRegion, notes);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Session logged. Your supervisor will approve it or return it with a comment.");
        Pages.redirect(faces, "/training/practical.xhtml");
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
}
