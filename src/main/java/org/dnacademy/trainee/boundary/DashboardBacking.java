package org.dnacademy.trainee.boundary;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.certification.entity.HeldCertificates;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.progress.control.ModuleProgress;
import org.dnacademy.progress.control.Programme;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.quiz.control.Quizzes;

/**
 * The trainee's dashboard (their home page, and {@code training/catalog.xhtml}): every module with
 * reading, attempts, best score, the certificate they hold for it (revoked ones included) and the
 * next step; the programme's progress and certificate. Supervisors and administrators see the
 * modules without a trainee's state.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    Progress progress;

    @Inject
    Quizzes quizzes;

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    private Programme programme;
    private List<DashboardRow> rows;
    private HeldCertificates held;

    public List<DashboardRow> getModules() {
        if (rows == null) {
            long account = currentUser.get().getId();
            boolean trainee = currentUser.isTrainee();
            programme = progress.programme(account);
            held = certificates.held(account);
            Map<String, Quizzes.AttemptSummary> attempts = trainee ? quizzes.summaryOf(account) : Map.of();
            rows = programme.modules().stream().map(module -> row(module, attempts.get(module.module().getModuleKey()))).toList();
        }
        return rows;
    }

    private DashboardRow row(ModuleProgress module, Quizzes.AttemptSummary attempts) {
        Certificate certificate = held.forModule(module.module().getModuleKey()).orElse(null);
        return new DashboardRow(module, attempts == null ? 0 : (int) attempts.attempts(), attempts == null ? null : attempts.bestScore(),
                certificate, certificate == null ? null : certificates.statusOf(certificate));
    }

    /** The one step to take next in the programme: the first module that needs action. */
    public DashboardRow getNext() {
        return getModules().stream().filter(DashboardRow::isActionable).findFirst().orElse(null);
    }

    /** The programme certificate the trainee holds (revoked or expired included), or null. */
    public Certificate getProgrammeCertificate() {
        getModules();
        return held.programme().orElse(null);
    }

    public CertificateStatus getProgrammeCertificateStatus() {
        Certificate certificate = getProgrammeCertificate();
        return certificate == null ? null : certificates.statusOf(certificate);
    }

    public Programme getProgramme() {
        getModules();
        return programme;
    }
}
