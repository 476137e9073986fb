package org.dnacademy.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.Settings;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.AttemptQuestion;
import org.dnacademy.records.control.Cohorts;
import org.dnacademy.records.entity.CohortRole;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.Lesson;

/**
 * In-container: builds the people and records a test needs, through the application's own
 * services (registration with a confirmed address, cohorts, a passed quiz, a logged session).
 */
@Dependent
public class Scenario {

    public static final String PASSWORD = "a long and unusual passphrase";

    @Inject
    TestAccounts testAccounts;

    @Inject
    Accounts accounts;

    @Inject
    Cohorts cohorts;

    @Inject
    Quizzes quizzes;

    @Inject
    Progress progress;

    @Inject
    CurriculumCatalog catalog;

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    Certificates certificates;

    @Inject
    Practice practice;

    public Account trainee(String name) {
        return testAccounts.registerConfirmed(UUID.randomUUID().toString().substring(0, 12) + "@scenario.example", name, PASSWORD);
    }

    public Account staff(String name, Role role) {
        Account account = trainee(name);
        return accounts.changeRole(Settings.current().adminEmail(), account.getId(), role);
    }

    public long cohort(String name, List<Account> supervisors, List<Account> trainees) {
        long id = cohorts.create(Settings.current().adminEmail(), name + " " + UUID.randomUUID().toString().substring(0, 6), null).getId();
        supervisors.forEach(s -> cohorts.addMember(Settings.current().adminEmail(), id, s.getEmail(), CohortRole.SUPERVISOR));
        trainees.forEach(t -> cohorts.addMember(Settings.current().adminEmail(), id, t.getEmail(), CohortRole.TRAINEE));
        return id;
    }

    /** Reads every lesson of the module and starts its quiz; the open attempt's id. */
    public long openAttempt(Account trainee, String module) {
        for (Lesson lesson : catalog.current(module).getLessons()) {
            progress.lessonRead(trainee.getId(), lesson);
        }
        return quizzes.startOrResume(trainee.getId(), module);
    }

    /** Reads every lesson of the module and passes its quiz with every answer right; the attempt's id. */
    public long passedAttempt(Account trainee, String module) {
        for (Lesson lesson : catalog.current(module).getLessons()) {
            progress.lessonRead(trainee.getId(), lesson);
        }
        long attemptId = quizzes.startOrResume(trainee.getId(), module);
        for (AttemptQuestion q : quizzes.attempt(trainee.getId(), attemptId).getQuestions()) {
            quizzes.answer(trainee.getId(), attemptId, q.getPosition(), q.getQuestion().getCorrectOptionKeys(), false, q.getRevision() + 1);
        }
        quizzes.submit(trainee.getId(), attemptId);
        return attemptId;
    }

    /** The trainee's newest certificate: (id, code). */
    public List<Object> newestCertificate(Account trainee) {
        var certificate = certificates.ofAccount(trainee.getId()).get(0);
        return List.of(certificate.getId(), certificate.getCode());
    }

    public long practicalSession(Account trainee, String notes) {
        String skill = practicalSkills.current().get(0).getSkillKey();
        return practice.log(trainee, practicalSkills.current().stream().filter(d -> d.getSkillKey().equals(skill)).findFirst().orElseThrow(),
                notes).getId();
    }

    public void revoke(long certificateId, String reason) {
        certificates.revoke(Settings.current().adminEmail(), certificateId, reason);
    }
}
