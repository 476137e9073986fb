package org.dnacademy.records.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.records.control.Cohorts;
import org.dnacademy.records.control.Enrolment;
import org.dnacademy.records.control.EnrolmentFile;
import org.dnacademy.records.entity.Cohort;

/**
 * {@code admin/enrol.xhtml}: adding people one at a time, or from a CSV file previewed row by row
 * before anything is stored. The preview is kept with the page (view scope) between the upload and
 * the confirmation, so what is confirmed is exactly what was shown.
 */
@Named
@ViewScoped
public class EnrolmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Enrolment enrolment;

    @Inject
    Cohorts cohorts;

    @Inject
    CurrentUser currentUser;

    private transient Part file;
    private String fileName;
    private List<EnrolmentFile.Row> preview;

    private String name;
    private String email;
    private String role = Role.TRAINEE.name();
    private String cohort;

    /** Reads and checks the uploaded file; nothing is stored. */
    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        preview = null;
        if (file == null || file.getSize() == 0) {
            Messages.error(faces, "Choose a CSV file to upload.");
            return;
        }
        if (file.getSize() > EnrolmentFile.MAX_BYTES) {
            Messages.error(faces, "The file is larger than 1 MB. Split it into smaller files.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readNBytes(EnrolmentFile.MAX_BYTES + 1);
            fileName = safeName(file.getSubmittedFileName());
            preview = enrolment.preview(bytes);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
        } catch (IOException e) {
            Messages.error(faces, "The file could not be read. Try again.");
        }
    }

    /** Stores every valid row of the preview, or none. */
    public void confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (preview == null) {
            Messages.error(faces, "Upload the file first.");
            return;
        }
        try {
            List<Account> created = enrolment.enrol(currentUser.getEmail(), fileName, preview);
            Messages.afterRedirect(faces, created.size() + (created.size() == 1 ? " account was" : " accounts were")
                    + " created from " + fileName + ", and each was sent an invitation.");
            Pages.redirect(faces, "/admin/enrol.xhtml");
        } catch (Enrolment.Changed changed) {
            Map<Long, EnrolmentFile.Row> now = changed.rows().stream().collect(Collectors.toMap(EnrolmentFile.Row::line, Function.identity()));
            preview = preview.stream().map(row -> now.getOrDefault(row.line(), row)).toList();
            Messages.error(faces, "Something changed since the preview, so nothing was stored. The rows below are checked again: "
                    + "confirm to store the valid ones.");
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage() + " Nothing was stored.");
        }
    }

    public void cancel() {
        preview = null;
        Pages.redirect(FacesContext.getCurrentInstance(), "/admin/enrol.xhtml");
    }

    /** One person from the form. */
    public void addOne() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Account created = enrolment.enrolOne(currentUser.getEmail(), name, email, role, cohort);
            Messages.afterRedirect(faces, "Invitation sent to " + created.getEmail() + ".");
            Pages.redirect(faces, "/admin/enrol.xhtml");
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
        }
    }

    public List<EnrolmentFile.Row> getPreview() {
        return preview;
    }

    public long getValidCount() {
        return preview == null ? 0 : preview.stream().filter(EnrolmentFile.Row::isValid).count();
    }

    public long getRefusedCount() {
        return preview == null ? 0 : preview.size() - getValidCount();
    }

    public List<EnrolmentFile.Row> getRefused() {
        return preview == null ? List.of() : preview.stream().filter(row -> !row.isValid()).toList();
    }

    public List<Cohort> getCohorts() {
        return cohorts.all();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getFileName() {
        return fileName;
    }

    private static String safeName(String submitted) {
        String base = submitted == null ? "upload.csv" : submitted.replaceAll(".*[/\\\\]", "");
        String cleaned = base.replaceAll("[^A-Za-z0-9._ -]", "_");
        return cleaned.isBlank() ? "upload.csv" : cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }
}
