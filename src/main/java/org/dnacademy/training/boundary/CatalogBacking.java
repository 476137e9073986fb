package org.dnacademy.training.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateKind;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.progress.control.ModuleProgress;
import org.dnacademy.progress.control.ModuleStatus;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.Attempt;

/**
 * {@code training/catalog.xhtml}: the trainee's dashboard: every module with reading, attempts,
 * best score, certificate state and the next step; the programme's progress and certificate.
 * (A boundary page composes the features; the features themselves keep their one-way dependencies.)
 */
@Named
@RequestScoped
public class CatalogBacking {

    @Inject
    Progress progress;

    @Inject
    Quizzes quizzes;

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    private List<DashboardRow> rows;
    private List<Certificate> held;

    public List<DashboardRow> getModules() {
        if (rows == null) {
            long account = currentUser.get().getId();
            held = certificates.ofAccount(account);
            rows = progress.programme(account).stream().map(module -> row(account, module)).toList();
        }
        return rows;
    }

    private DashboardRow row(long account, ModuleProgress module) {
        String key = module.module().getModuleKey();
        List<Attempt> attempts = currentUser.isTrainee() ? quizzes.attempts(account, key) : List.of();
        Integer best = attempts.stream().filter(a -> !a.isOpen()).map(Attempt::getScoreWholePercent).max(Integer::compare).orElse(null);
        Optional<Certificate> certificate = held.stream()
                .filter(c -> c.getKind() == CertificateKind.MODULE && key.equals(c.getModuleKey()) && c.isCurrent())
                .findFirst();
        return new DashboardRow(module, (int) attempts.stream().filter(a -> !a.isOpen()).count(), best,
                certificate.orElse(null), certificate.map(certificates::statusOf).orElse(null));
    }

    /** The one step to take next in the programme: the first module that needs action. */
    public DashboardRow getNext() {
        return getModules().stream().filter(DashboardRow::isActionable).findFirst().orElse(null);
    }

    public Certificate getProgrammeCertificate() {
        getModules();
        return held.stream().filter(c -> c.getKind() == CertificateKind.PROGRAMME && c.isCurrent()).findFirst().orElse(null);
    }

    public long getPassedCount() {
        return getModules().stream().filter(m -> m.progress().status() == ModuleStatus.PASSED && !m.needsRecertification()).count();
    }

    /** Whole-programme progress in percent: half for reading a module's lessons, half for passing it. */
    public int getProgrammePercent() {
        if (getModules().isEmpty()) {
            return 0;
        }
        double total = 0;
        for (DashboardRow row : getModules()) {
            ModuleProgress module = row.progress();
            double lessons = module.getLessonCount() == 0 ? 1 : (double) module.getLessonsRead() / module.getLessonCount();
            total += module.status() == ModuleStatus.PASSED ? 1 : lessons * 0.5;
        }
        return (int) Math.round(100 * total / getModules().size());
    }
}
