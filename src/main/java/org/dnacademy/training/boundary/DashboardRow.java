package org.dnacademy.training.boundary;

import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.progress.control.ModuleProgress;
import org.dnacademy.progress.control.ModuleStatus;

/**
 * One module on a trainee's dashboard: reading, attempts, best score, certificate, and the next
 * step to take in it.
 *
 * @param certificate the current module certificate, or null
 */
public record DashboardRow(ModuleProgress progress, int attemptsUsed, Integer bestScore, Certificate certificate,
        CertificateStatus certificateStatus) {

    /** The module's state as a trainee needs to read it: certificate trouble first. */
    public String getStatusLabel() {
        if (needsRecertification()) {
            return certificateStatus.getLabel();
        }
        return progress.status().getLabel();
    }

    public String getStatusClass() {
        return needsRecertification() ? "cert-" + certificateStatus.name() : progress.status().getCssClass();
    }

    public boolean needsRecertification() {
        return certificateStatus == CertificateStatus.EXPIRING_SOON || certificateStatus == CertificateStatus.EXPIRED
                || certificateStatus == CertificateStatus.RECERTIFICATION_REQUIRED;
    }

    /** Whether this module is where the trainee should act now. */
    public boolean isActionable() {
        return needsRecertification() || (progress.status() != ModuleStatus.PASSED && progress.status() != ModuleStatus.LOCKED);
    }

    public String getNextStep() {
        if (needsRecertification()) {
            return progress.allLessonsRead() ? "Recertify: take the quiz again" : "Recertify: read the changed lessons, then take the quiz";
        }
        return switch (progress.status()) {
            case LOCKED -> "Opens after " + String.join(", ", progress.missingPrerequisites());
            case NOT_STARTED -> "Start reading: " + progress.nextLesson().getTitle();
            case IN_PROGRESS -> "Continue reading: " + progress.nextLesson().getTitle();
            case READY_FOR_QUIZ -> "Take the quiz";
            case PASSED -> "Download your certificate";
        };
    }

    /** The page the next step opens, relative to the application. */
    public String getNextUrl() {
        String module = progress.module().getModuleKey();
        if (needsRecertification() || progress.status() == ModuleStatus.READY_FOR_QUIZ) {
            return progress.allLessonsRead() ? "/quiz/start.xhtml?module=" + module : "/training/module.xhtml?module=" + module;
        }
        return switch (progress.status()) {
            case NOT_STARTED, IN_PROGRESS -> "/training/lesson.xhtml?module=" + module + "&lesson=" + progress.nextLesson().getSlug();
            case PASSED -> "/certification/mine.xhtml";
            default -> "/training/module.xhtml?module=" + module;
        };
    }

    public ModuleProgress getProgress() {
        return progress;
    }

    public int getAttemptsUsed() {
        return attemptsUsed;
    }

    public Integer getBestScore() {
        return bestScore;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public CertificateStatus getCertificateStatus() {
        return certificateStatus;
    }
}
