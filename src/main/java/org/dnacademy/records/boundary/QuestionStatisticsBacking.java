package org.dnacademy.records.boundary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.records.control.ItemStatistics;
import org.dnacademy.records.control.QuestionStatistics;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/** {@code records/questions.xhtml?module=...}: item statistics of a module's current version, flagged questions first. */
@Named
@RequestScoped
public class QuestionStatisticsBacking {

    @Inject
    QuestionStatistics statistics;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    FacesContext faces;

    private String moduleKey;
    private ModuleVersion module;
    private List<ItemStatistics.ItemReport> reports;
    private Map<String, String> stems;
    private long attemptCount;

    public void load() {
        try {
            module = curriculum.current(moduleKey == null ? curriculum.currentModules().get(0).getModuleKey() : moduleKey);
        } catch (NotFoundException e) {
            Pages.notFound(faces);
            return;
        }
        reports = statistics.of(module).stream()
                .sorted(Comparator.comparing((ItemStatistics.ItemReport r) -> r.flags().isEmpty()).thenComparing(ItemStatistics.ItemReport::questionKey))
                .toList();
        stems = statistics.stems(module);
        attemptCount = statistics.attemptCount(module);
    }

    public long getAttemptCount() {
        return attemptCount;
    }

    public int getMaximumAttempts() {
        return QuestionStatistics.MAXIMUM_ATTEMPTS;
    }

    public List<ModuleVersion> getModules() {
        return curriculum.currentModules();
    }

    public ModuleVersion getModule() {
        return module;
    }

    public List<ItemStatistics.ItemReport> getReports() {
        return reports;
    }

    public String stem(String key) {
        return stems.get(key);
    }

    public int getMinimumAttempts() {
        return QuestionStatistics.MINIMUM_ATTEMPTS;
    }

    public String percent(Double share) {
        return share == null ? "" : Math.round(share * 100) + "%";
    }

    public String decimal(Double value) {
        return value == null ? "" : String.format("%.2f", value);
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        this.moduleKey = moduleKey;
    }
}
