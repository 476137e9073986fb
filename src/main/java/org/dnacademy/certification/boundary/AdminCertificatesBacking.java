package org.dnacademy.certification.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * {@code admin/certificates.xhtml?search=...&page=...}: every certificate, searched and paged by the
 * database, newest first; revoke one with a reason.
 */
@Named
@RequestScoped
public class AdminCertificatesBacking {

    @Inject
    Certificates certificates;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    public static final int PAGE_SIZE = 50;

    private String search;
    /** The page asked for, from the address; anything but a positive number is the first page. */
    private String page;
    private org.dnacademy.platform.Paged<Certificate> found;
    private List<CertificateRow> rows;
    /** The reason typed in each row, by certificate id. */
    private final Map<Long, String> reasons = new HashMap<>();

    /** One page of the matching certificates, chosen, counted and paged by the database. */
    public org.dnacademy.platform.Paged<Certificate> getFound() {
        if (found == null) {
            Long requested = Pages.id(page);
            found = certificates.search(search, requested == null || requested > Integer.MAX_VALUE ? 1 : requested.intValue(), PAGE_SIZE);
        }
        return found;
    }

    public List<CertificateRow> getRows() {
        if (rows == null) {
            List<ModuleVersion> current = curriculum.currentModules();
            var posted = Pages.postedRows(faces, certificates::find);
            if (posted.isPresent()) {
                if (posted.get().stale()) {
                    Messages.error(faces, Pages.STALE_ROWS);
                }
                rows = posted.get().rows().stream().map(c -> new CertificateRow(c, certificates.statusOf(c, current))).toList();
                return rows;
            }
            rows = getFound().rows().stream().map(c -> new CertificateRow(c, certificates.statusOf(c, current))).toList();
        }
        return rows;
    }

    /** The address of another page of the same search. */
    public String pageLink(int number) {
        return faces.getExternalContext().getRequestContextPath() + "/admin/certificates.xhtml" + query(search, number);
    }

    private static String query(String search, int page) {
        return "?page=" + page + (search == null || search.isBlank() ? ""
                : "&search=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8));
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
        Pages.redirect(faces, "/admin/certificates.xhtml" + query(search, getFound().page()));
    }

    public String getRowIds() {
        return Pages.rowIds(getRows().stream().map(row -> row.certificate().getId()).toList());
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
