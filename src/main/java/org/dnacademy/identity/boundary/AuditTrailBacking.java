package org.dnacademy.identity.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditEvent;
import org.dnacademy.audit.AuditSearch;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.Paged;
import org.dnacademy.platform.RejectedException;

/**
 * {@code admin/audit.xhtml?person=...&action=...&subject=...&from=...&to=...&page=...}: the audit
 * trail searched and paged by the database, newest first ("who changed this role, when?"), with the
 * same search as a CSV download ({@link AuditExportServlet}). A GET page: searching changes nothing.
 */
@Named
@RequestScoped
public class AuditTrailBacking {

    public static final int PAGE_SIZE = 50;

    @Inject
    AuditSearch search;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private Map<String, String> parameters;
    private Paged<AuditEvent> page;

    public void load() {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        parameters = AuditFilters.parameters(request);
        Long requested = Pages.id(request.getParameter("page"));
        try {
            AuditSearch.Filter filter = AuditFilters.from(parameters, text -> accounts.emailsMatching(text, AuditFilters.MAX_PEOPLE));
            page = search.page(filter, requested == null || requested > Integer.MAX_VALUE ? 1 : requested.intValue(), PAGE_SIZE);
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            page = Paged.empty();
        }
    }

    public Paged<AuditEvent> getPage() {
        if (page == null) {
            load();
        }
        return page;
    }

    public String param(String name) {
        if (parameters == null) {
            load();
        }
        return parameters.getOrDefault(name, "");
    }

    public String getQuery() {
        if (parameters == null) {
            load();
        }
        return AuditFilters.query(parameters);
    }

    public List<AuditAction> getActions() {
        return Arrays.stream(AuditAction.values()).sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    /** "ROLE_CHANGED" as "Role changed". */
    public String label(String action) {
        String words = action.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
