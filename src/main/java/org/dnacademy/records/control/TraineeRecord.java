package org.dnacademy.records.control;

import java.time.LocalDate;
import java.util.List;

import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.progress.control.ModuleStatus;
import org.dnacademy.progress.control.Programme;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * One trainee's standing, as a supervisor reads it: per module the status, best score, date passed
 * and certificate; overall whether they hold a valid programme certificate (may needle, as far as
 * this programme is concerned) and whether they are past their cohort's due date.
 */
public record TraineeRecord(Account trainee, List<String> cohorts, LocalDate dueDate, List<ModuleStanding> modules,
        Programme programme, Certificate programmeCertificate, CertificateStatus programmeStatus, boolean overdue) {

    /** One module of one trainee. */
    public record ModuleStanding(ModuleVersion module, ModuleStatus status, int lessonsRead, int attempts, Integer bestScore,
            LocalDate passedOn, Certificate certificate, CertificateStatus certificateStatus) {

        /** What the cell shows: certificate trouble first, then the module's state. */
        public String getLabel() {
            if (certificateStatus != null && certificateStatus != CertificateStatus.VALID) {
                return certificateStatus.getLabel();
            }
            return status.getLabel();
        }

        public String getCssClass() {
            return certificateStatus != null && certificateStatus != CertificateStatus.VALID
                    ? "cert-" + certificateStatus.name() : status.getCssClass();
        }

        public ModuleVersion getModule() {
            return module;
        }

        public ModuleStatus getStatus() {
            return status;
        }

        public int getAttempts() {
            return attempts;
        }

        public Integer getBestScore() {
            return bestScore;
        }

        public LocalDate getPassedOn() {
            return passedOn;
        }

        public Certificate getCertificate() {
            return certificate;
        }

        public CertificateStatus getCertificateStatus() {
            return certificateStatus;
        }
    }

    /** Holds a valid (or expiring, still valid) programme certificate. */
    public boolean isCertified() {
        return programmeStatus == CertificateStatus.VALID || programmeStatus == CertificateStatus.EXPIRING_SOON;
    }

    public long getPassedCount() {
        return programme.passedCount();
    }

    public int getProgrammePercent() {
        return programme.percent();
    }

    public Account getTrainee() {
        return trainee;
    }

    public List<String> getCohorts() {
        return cohorts;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public List<ModuleStanding> getModules() {
        return modules;
    }

    public Certificate getProgrammeCertificate() {
        return programmeCertificate;
    }

    public CertificateStatus getProgrammeStatus() {
        return programmeStatus;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
