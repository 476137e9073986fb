package org.dnacademy.progress.boundary;

import org.dnacademy.platform.Pages;
import org.dnacademy.progress.entity.AdverseEvent;

/**
 * The fields of the adverse-event form, shared by the trainee's page and the supervisor's
 * assessment page (the include {@code /WEB-INF/includes/adverse-event-form.xhtml}). Values arrive
 * as text; the choices are parsed here and checked by {@code PracticalSkills.recordAdverseEvent}.
 */
public class AdverseEventForm {

    private String grade;
    private String type;
    private String referral;
    private String description;
    private String actions;
    private String corrects;

    public AdverseEvent.Grade grade() {
        return Pages.choice(AdverseEvent.Grade.class, grade);
    }

    public AdverseEvent.Type type() {
        return Pages.choice(AdverseEvent.Type.class, type);
    }

    public AdverseEvent.Referral referral() {
        return Pages.choice(AdverseEvent.Referral.class, referral);
    }

    /** The entry this one updates, or null; checked against the session's own entries. */
    public Long corrects() {
        return Pages.id(corrects);
    }

    public AdverseEvent.Grade[] getGrades() {
        return AdverseEvent.Grade.values();
    }

    public AdverseEvent.Type[] getTypes() {
        return AdverseEvent.Type.values();
    }

    public AdverseEvent.Referral[] getReferrals() {
        return AdverseEvent.Referral.values();
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getReferral() {
        return referral;
    }

    public void setReferral(String referral) {
        this.referral = referral;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getCorrects() {
        return corrects;
    }

    public void setCorrects(String corrects) {
        this.corrects = corrects;
    }
}
