package org.dnacademy.records.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.progress.control.ModuleStatus;
import org.dnacademy.records.control.Cohorts;
import org.dnacademy.records.control.CompletionRecords;
import org.dnacademy.records.entity.Cohort;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/** {@code records/index.xhtml}: the completion dashboard of the trainees the viewer may see. */
@Named
@RequestScoped
public class RecordsBacking {

    @Inject
    CompletionRecords records;

    @Inject
    Cohorts cohorts;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private CompletionRecords.Page page;
    // Read once per request: the page's EL reads each list several times (every ui:repeat, every phase).
    private List<Cohort> visibleCohorts;
    private List<ModuleVersion> currentModules;

    private Map<String, String> parameters() {
        return faces.getExternalContext().getRequestParameterMap();
    }

    /** The view action: computes the page before rendering starts, so a refusal shows in the messages. */
    public void load() {
        getPage();
    }

    public CompletionRecords.Page getPage() {
        if (page == null) {
            Long requested = RecordsFilters.number(parameters().get("page"));
            try {
                page = records.page(currentUser.get(), RecordsFilters.from(parameters()), requested == null ? 1 : requested.intValue());
            } catch (org.dnacademy.platform.RejectedException tooMany) {
                org.dnacademy.platform.Messages.error(faces, tooMany.getMessage());
                page = new CompletionRecords.Page(List.of(), 0, 1, 1);
            }
        }
        return page;
    }

    public List<Cohort> getCohorts() {
        if (visibleCohorts == null) {
            visibleCohorts = cohorts.visibleTo(currentUser.get());
        }
        return visibleCohorts;
    }

    public List<ModuleVersion> getModules() {
        if (currentModules == null) {
            currentModules = curriculum.currentModules();
        }
        return currentModules;
    }

    public ModuleStatus[] getModuleStatuses() {
        return ModuleStatus.values();
    }

    public CertificateStatus[] getCertificateStatuses() {
        return CertificateStatus.values();
    }

    public String param(String name) {
        return parameters().getOrDefault(name, "");
    }

    /** The current filters as a query string, for paging and export links. */
    public String getQuery() {
        return parameters().entrySet().stream()
                .filter(e -> List.of("cohort", "module", "status", "expiring", "overdue", "q", "sort").contains(e.getKey()))
                .filter(e -> !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
