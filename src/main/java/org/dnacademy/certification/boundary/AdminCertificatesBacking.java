package org.dnacademy.certification.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;

/** {@code admin/certificates.xhtml}: every certificate, searchable; revoke one with a reason. */
@Named
@RequestScoped
public class AdminCertificatesBacking {

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String search;
    private List<CertificateRow> rows;
    /** The reason typed in each row, by certificate id. */
    private final Map<Long, String> reasons = new HashMap<>();

    public List<CertificateRow> getRows() {
        if (rows == null) {
            var posted = Pages.postedRows(faces, certificates::find);
            if (posted.isPresent()) {
                if (posted.get().stale()) {
                    Messages.error(faces, Pages.STALE_ROWS);
                }
                rows = posted.get().rows().stream().map(c -> new CertificateRow(c, certificates.statusOf(c))).toList();
                return rows;
            }
            String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
            rows = certificates.all().stream()
                    .filter(c -> term.isEmpty() || matches(c, term))
                    .limit(500)
                    .map(c -> new CertificateRow(c, certificates.statusOf(c)))
                    .toList();
        }
        return rows;
    }

    /** Whether the holder's name, the code or what was certified contains the (lower-case) search term. */
    static boolean matches(org.dnacademy.certification.entity.Certificate certificate, String term) {
        return certificate.getHolderName().toLowerCase(Locale.ROOT).contains(term)
                || certificate.getCode().toLowerCase(Locale.ROOT).contains(term)
                || certificate.getCertifiedFor().toLowerCase(Locale.ROOT).contains(term);
    }

    public void revoke(Long certificateId) {
        try {
            certificates.revoke(currentUser.getEmail(), certificateId, reasons.get(certificateId));
        } catch (NotFoundException e) {
            Messages.error(faces, "That certificate does not exist.");
            return;
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "The certificate has been revoked; its verification page now says so.");
        Pages.redirect(faces, "/admin/certificates.xhtml");
    }

    public String getRowIds() {
        return Pages.rowIds(getRows().stream().map(row -> row.certificate().getId()).toList());
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
