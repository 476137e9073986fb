package org.dnacademy.records.boundary;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.certification.boundary.CertificateRow;
import org.dnacademy.certification.control.Certificates;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.records.control.CompletionRecords;
import org.dnacademy.records.control.TraineeRecord;

/**
 * {@code records/trainee.xhtml?id=...}: everything about one trainee a supervisor must be able to
 * defend: attempts, reading, certificates. A trainee outside the viewer's cohorts is not found.
 */
@Named
@RequestScoped
public class TraineeRecordBacking {

    @Inject
    CompletionRecords records;

    @Inject
    Accounts accounts;

    @Inject
    Quizzes quizzes;

    @Inject
    org.dnacademy.records.control.Transcripts transcripts;

    @Inject
    Certificates certificates;

    @Inject
    org.dnacademy.progress.control.PracticalSkills practicalSkills;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    /** From the link's query, and on the form's post from its hidden field of the same name. */
    @Inject
    @Param(name = "id")
    private String idParameter;

    private TraineeRecord record;
    private List<CertificateRow> certificateRows;
    private final java.util.Map<Long, String> reasons = new java.util.HashMap<>();

    /** The page's subject: the record of a trainee the viewer may see. */
    @PostConstruct
    void find() {
        Long wanted = Pages.id(idParameter);
        record = wanted == null ? null : accounts.findById(wanted).flatMap(trainee -> records.of(currentUser.get(), trainee)).orElse(null);
    }

    /** The view action: a 404 for a trainee the viewer may not see. */
    public void load() {
        if (record == null) {
            Pages.notFound(faces);
        }
    }

    public TraineeRecord getRecord() {
        return record;
    }

    // On a post from another form of the page (signing out, say) there is no trainee id, so no
    // record: the tables are empty rather than an error, as the page is not rendered anyway.

    public List<Attempt> getAttempts() {
        return getRecord() == null ? List.of()
                : quizzes.attemptsOf(record.trainee().getId()).stream().filter(a -> !a.isOpen()).toList();
    }

    public List<org.dnacademy.records.control.Transcript.ReadingLine> getReading() {
        return getRecord() == null ? List.of() : transcripts.readingOf(record.trainee().getId());
    }

    public List<org.dnacademy.progress.entity.PracticalSession> getPractical() {
        return getRecord() == null ? List.of() : practicalSkills.sessions(record.trainee().getId());
    }

    public List<CertificateRow> getCertificates() {
        if (certificateRows == null && getRecord() == null) {
            return List.of();
        }
        if (certificateRows == null) {
            long trainee = record.trainee().getId();
            // Only this trainee's certificates, whatever ids the post names; the trainee was chosen through the viewer's scope.
            var posted = Pages.postedRows(faces, id -> certificates.find(id).filter(c -> c.getAccountId() == trainee));
            posted.filter(Pages.Rows::stale).ifPresent(stale -> Messages.error(faces, Pages.STALE_ROWS));
            var current = getModules();
            certificateRows = posted.map(Pages.Rows::rows).orElseGet(() -> certificates.ofAccount(trainee)).stream()
                    .map(c -> new CertificateRow(c, certificates.statusOf(c, current))).toList();
        }
        return certificateRows;
    }

    public String getCertificateIds() {
        return Pages.rowIds(getCertificates().stream().map(row -> row.certificate().getId()).toList());
    }

    /** A supervisor of the trainee's cohort (or an administrator) revokes one of their certificates. */
    public void revoke(long certificateId) {
        if (record == null) {
            return;
        }
        try {
            var certificate = certificates.get(certificateId);
            if (certificate.getAccountId() != record.trainee().getId()) {
                throw new NotFoundException("certificate " + certificateId);
            }
            certificates.revoke(currentUser.getEmail(), certificateId, reasons.get(certificateId));
        } catch (NotFoundException e) {
            Messages.error(faces, "That certificate is not one of this trainee's.");
            return;
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "The certificate has been revoked; its verification page now says so.");
        Pages.redirect(faces, "/records/trainee.xhtml?id=" + record.trainee().getId());
    }

    @Inject
    org.dnacademy.quiz.control.Accommodations accommodations;

    @Inject
    org.dnacademy.training.control.CurriculumCatalog curriculum;

    private String accommodationModule;
    private String accommodationKind;
    private String extraMinutes;
    private String accommodationReason;

    public List<org.dnacademy.quiz.entity.Accommodation> getAccommodations() {
        return getRecord() == null ? List.of() : accommodations.of(record.trainee().getId());
    }

    private List<org.dnacademy.training.entity.ModuleVersion> currentModules;

    /** Read once per request: the certificates' statuses and the page's EL all use them. */
    public List<org.dnacademy.training.entity.ModuleVersion> getModules() {
        if (currentModules == null) {
            currentModules = curriculum.currentModules();
        }
        return currentModules;
    }

    public org.dnacademy.quiz.entity.Accommodation.Kind[] getAccommodationKinds() {
        return org.dnacademy.quiz.entity.Accommodation.Kind.values();
    }

    /** Grants this trainee extra time or one extra attempt at a module, with a reason. */
    public void grantAccommodation() {
        if (record == null) {
            Pages.notFound(faces);
            return;
        }
        org.dnacademy.quiz.entity.Accommodation.Kind kind;
        try {
            kind = org.dnacademy.quiz.entity.Accommodation.Kind.valueOf(accommodationKind == null ? "" : accommodationKind);
        } catch (IllegalArgumentException e) {
            Messages.error(faces, "Choose extra time or an extra attempt.");
            return;
        }
        Long minutes = Pages.id(extraMinutes == null ? null : extraMinutes.strip());
        if (kind == org.dnacademy.quiz.entity.Accommodation.Kind.EXTRA_TIME && (minutes == null || minutes > Integer.MAX_VALUE)) {
            Messages.error(faces, "Write the extra minutes as a whole number, for example 15.");
            return;
        }
        try {
            accommodations.grant(currentUser.get(), record.trainee().getId(), accommodationModule, kind,
                    minutes == null ? null : minutes.intValue(), accommodationReason);
        } catch (NotFoundException e) {
            Pages.notFound(faces);
            return;
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, kind.getLabel() + " granted; it is in the record and the audit log.");
        Pages.redirect(faces, "/records/trainee.xhtml?id=" + record.trainee().getId());
    }

    public String getAccommodationModule() {
        return accommodationModule;
    }

    public void setAccommodationModule(String accommodationModule) {
        this.accommodationModule = accommodationModule;
    }

    public String getAccommodationKind() {
        return accommodationKind;
    }

    public void setAccommodationKind(String accommodationKind) {
        this.accommodationKind = accommodationKind;
    }

    public String getExtraMinutes() {
        return extraMinutes;
    }

    public void setExtraMinutes(String extraMinutes) {
        this.extraMinutes = extraMinutes;
    }

    public String getAccommodationReason() {
        return accommodationReason;
    }

    public void setAccommodationReason(String accommodationReason) {
        this.accommodationReason = accommodationReason;
    }

    public java.util.Map<Long, String> getReasons() {
        return reasons;
    }
}
