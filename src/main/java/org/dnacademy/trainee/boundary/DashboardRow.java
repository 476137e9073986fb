package org.dnacademy.trainee.boundary;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.progress.control.ModuleProgress;
import org.dnacademy.progress.control.ModuleStatus;

/**
 * One module on a trainee's dashboard: reading, attempts, best score, the certificate they hold
 * for it, and the next step to take in it.
 *
 * @param certificate the holder's certificate for the module (revoked or expired included), or null
 */
public record DashboardRow(ModuleProgress progress, int attemptsUsed, Integer bestScore, Certificate certificate,
        CertificateStatus certificateStatus) {

    /** The module's state as a trainee needs to read it: certificate trouble first. */
    public String getStatusLabel() {
        return needsRecertification() ? certificateStatus.getLabel() : progress.status().getLabel();
    }

    public String getStatusClass() {
        return needsRecertification() ? "cert-" + certificateStatus.name() : progress.status().getCssClass();
    }

    /** The certificate is expiring, expired, outdated or revoked: the quiz is open again to earn a new one. */
    public boolean needsRecertification() {
        return certificateStatus == CertificateStatus.EXPIRING_SOON || certificateStatus == CertificateStatus.EXPIRED
                || certificateStatus == CertificateStatus.RECERTIFICATION_REQUIRED || certificateStatus == CertificateStatus.REVOKED;
    }

    public boolean isRevoked() {
        return certificateStatus == CertificateStatus.REVOKED;
    }

    /** The day the certificate was revoked, or null. */
    public LocalDate getRevokedOn() {
        return isRevoked() ? LocalDate.ofInstant(certificate.getRevokedAt(), ZoneOffset.UTC) : null;
    }

    /** Whether this module is where the trainee should act now. */
    public boolean isActionable() {
        return needsRecertification() || (progress.status() != ModuleStatus.PASSED && progress.status() != ModuleStatus.LOCKED);
    }

    public String getNextStep() {
        if (isRevoked()) {
            return progress.allLessonsRead() ? "Certificate revoked: take the quiz again to earn a new one"
                    : "Certificate revoked: read the changed lessons, then take the quiz again";
        }
        if (needsRecertification()) {
            return progress.allLessonsRead() ? "Recertify: take the quiz again" : "Recertify: read the changed lessons, then take the quiz";
        }
        if (progress.status() == ModuleStatus.PASSED && certificate != null) {
            return "Download your certificate";
        }
        return progress.nextStep();
    }

    /** The page the next step opens, relative to the application. */
    public String getNextUrl() {
        String module = progress.module().getModuleKey();
        if (needsRecertification() || progress.status() == ModuleStatus.READY_FOR_QUIZ) {
            return progress.allLessonsRead() ? "/quiz/start.xhtml?module=" + module : "/training/module.xhtml?module=" + module;
        }
        return switch (progress.status()) {
            case NOT_STARTED, IN_PROGRESS -> "/training/lesson.xhtml?module=" + module + "&lesson=" + progress.nextLesson().getSlug();
            case PASSED -> certificate != null ? "/certification/mine.xhtml" : "/training/module.xhtml?module=" + module;
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
