package org.dnacademy.records.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.certification.boundary.CertificateRow;
import org.dnacademy.certification.control.Certificates;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.platform.Pages;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.progress.entity.LessonCompletion;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.records.control.CompletionRecords;
import org.dnacademy.records.control.TraineeRecord;

/**
 * {@code records/trainee.xhtml?id=...}: everything about one trainee a supervisor must be able to
 * defend: attempts, reading, certificates. A trainee outside the viewer's cohorts is not found.
 */
@Named
@RequestScoped
public class TraineeRecordBacking {

    @Inject
    CompletionRecords records;

    @Inject
    Accounts accounts;

    @Inject
    Quizzes quizzes;

    @Inject
    Progress progress;

    @Inject
    Certificates certificates;

    @Inject
    org.dnacademy.progress.control.PracticalSkills practicalSkills;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private Long id;
    private TraineeRecord record;

    public void load() {
        record = id == null ? null : accounts.findById(id).flatMap(trainee -> records.of(currentUser.get(), trainee)).orElse(null);
        if (record == null) {
            Pages.notFound(faces);
        }
    }

    public TraineeRecord getRecord() {
        return record;
    }

    public List<Attempt> getAttempts() {
        return quizzes.attemptsOf(record.trainee().getId()).stream().filter(a -> !a.isOpen()).toList();
    }

    public List<LessonCompletion> getReading() {
        return progress.completions(record.trainee().getId());
    }

    public List<org.dnacademy.progress.entity.PracticalSession> getPractical() {
        return practicalSkills.sessions(record.trainee().getId());
    }

    public List<CertificateRow> getCertificates() {
        return certificates.ofAccount(record.trainee().getId()).stream()
                .map(c -> new CertificateRow(c, certificates.statusOf(c))).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
