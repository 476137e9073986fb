package org.dnacademy.records.boundary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

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

    @Inject
    @Param(name = "module")
    private String moduleParameter;

    private ModuleVersion module;
    private List<ItemStatistics.ItemReport> reports;
    private Map<String, String> stems;
    private java.util.Set<String> critical;
    private long attemptCount;

    public void load() {
        try {
            module = curriculum.current(moduleParameter == null ? curriculum.currentModules().get(0).getModuleKey() : moduleParameter);
        } catch (NotFoundException e) {
            Pages.notFound(faces);
            return;
        }
        reports = statistics.of(module).stream()
                .sorted(Comparator.comparing((ItemStatistics.ItemReport r) -> r.flags().isEmpty()).thenComparing(ItemStatistics.ItemReport::questionKey))
                .toList();
        stems = statistics.stems(module);
        critical = module.getQuestions().stream().filter(org.dnacademy.training.entity.Question::isCritical)
                .map(org.dnacademy.training.entity.Question::getQuestionKey).collect(java.util.stream.Collectors.toSet());
        attemptCount = statistics.attemptCount(module);
    }

    public boolean critical(String questionKey) {
        return critical.contains(questionKey);
    }

    /** How often critical items were answered wrongly, over every answer to one: each such answer failed an attempt. */
    public String getCriticalFailureRate() {
        int answers = 0;
        double wrong = 0;
        for (ItemStatistics.ItemReport report : reports) {
            if (critical(report.questionKey()) && report.wrongShare() != null) {
                answers += report.attempts();
                wrong += report.wrongShare() * report.attempts();
            }
        }
        return answers == 0 ? "" : percent(wrong / answers) + " of " + answers + " answers to critical items";
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

}
