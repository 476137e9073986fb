package org.dnacademy.identity.boundary;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.control.Professionals;
import org.dnacademy.identity.entity.ProfessionalDetails;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Text;

/**
 * {@code account/professional.xhtml}: the signed-in person declares their licence and, if they
 * supervise, their dry needling experience. Each save is a new entry; earlier ones stay listed.
 */
@Named
@RequestScoped
public class ProfessionalBacking {

    @Inject
    Professionals professionals;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String profession;
    private String jurisdiction;
    private String licenceNumber;
    private String licensedSince;
    private String dryNeedlingSince;
    private String dryNeedlingSessions;
    private List<ProfessionalDetails> history;

    public void save() throws IOException {
        try {
            professionals.declare(currentUser.get(), profession, jurisdiction, licenceNumber, Text.date(licensedSince, "Licensed since"),
                    Text.date(dryNeedlingSince, "Dry needling since"), Text.wholeNumber(dryNeedlingSessions, "Dry needling sessions performed"));
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Your professional details are saved.");
        Pages.redirect(faces, "/account/professional.xhtml");
    }

    public List<ProfessionalDetails> getHistory() {
        if (history == null) {
            history = professionals.history(currentUser.get().getId());
        }
        return history;
    }

    /** The form starts from the current declaration, so a change is a small edit. */
    public ProfessionalDetails getCurrent() {
        return getHistory().isEmpty() ? null : getHistory().get(0);
    }

    public String getProfession() {
        return profession != null ? profession : getCurrent() == null ? null : getCurrent().getProfession();
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getJurisdiction() {
        return jurisdiction != null ? jurisdiction : getCurrent() == null ? null : getCurrent().getLicenceJurisdiction();
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getLicenceNumber() {
        return licenceNumber != null ? licenceNumber : getCurrent() == null ? null : getCurrent().getLicenceNumber();
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public String getLicensedSince() {
        return licensedSince != null ? licensedSince : getCurrent() == null ? null : String.valueOf(getCurrent().getLicensedSince());
    }

    public void setLicensedSince(String licensedSince) {
        this.licensedSince = licensedSince;
    }

    public String getDryNeedlingSince() {
        return dryNeedlingSince != null ? dryNeedlingSince
                : getCurrent() == null || getCurrent().getDryNeedlingSince() == null ? null : String.valueOf(getCurrent().getDryNeedlingSince());
    }

    public void setDryNeedlingSince(String dryNeedlingSince) {
        this.dryNeedlingSince = dryNeedlingSince;
    }

    public String getDryNeedlingSessions() {
        return dryNeedlingSessions != null ? dryNeedlingSessions
                : getCurrent() == null || getCurrent().getDryNeedlingSessions() == null ? null : String.valueOf(getCurrent().getDryNeedlingSessions());
    }

    public void setDryNeedlingSessions(String dryNeedlingSessions) {
        this.dryNeedlingSessions = dryNeedlingSessions;
    }
}
