package org.dnacademy.progress.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Text;
import org.dnacademy.progress.entity.LearningActivity;
import org.dnacademy.progress.entity.ReadingTime;
import org.dnacademy.training.content.DeliveryMode;
import org.dnacademy.training.entity.Lesson;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * Learning time: engaged reading of the lessons, measured by the server, and learning outside the
 * platform that a trainee logs with its delivery mode and a supervisor confirms. Requirement
 * profiles count hours by mode from here and from the CPD hours of passed modules.
 */
@Stateless
public class LearningHours {

    /** No lesson counts more than this much reading, however long the page stays open. */
    public static final Duration CAP_PER_LESSON = Duration.ofMinutes(60);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ReadingRequirement readingRequirement;

    /** The lesson page says it is open and visible; the server adds the time since its last signal (see {@link ReadingTime}). */
    public void signal(long traineeId, Lesson lesson) {
        ReadingTime time = em.find(ReadingTime.class, new ReadingTime.Key(traineeId, lesson.getId()), LockModeType.PESSIMISTIC_WRITE);
        if (time == null) {
            em.persist(new ReadingTime(traineeId, lesson.getId(), clock.instant()));
        } else {
            time.signal(clock.instant(), CAP_PER_LESSON);
        }
    }

    /** Engaged reading time per lesson id, for every lesson the trainee has read on screen. */
    public Map<Long, Duration> readingByLesson(long traineeId) {
        return em.createQuery("SELECT r FROM ReadingTime r WHERE r.accountId = :account", ReadingTime.class)
                .setParameter("account", traineeId).getResultStream()
                .collect(Collectors.toMap(ReadingTime::getLessonId, ReadingTime::getTime));
    }

    /** Engaged reading time in one lesson. */
    public Duration readingIn(long traineeId, long lessonId) {
        ReadingTime time = em.find(ReadingTime.class, new ReadingTime.Key(traineeId, lessonId));
        return time == null ? Duration.ZERO : time.getTime();
    }

    /** Engaged reading time in one module version's lessons. */
    public Duration readingTime(long traineeId, ModuleVersion module) {
        Map<Long, Duration> byLesson = readingByLesson(traineeId);
        return module.getLessons().stream().map(l -> byLesson.getOrDefault(l.getId(), Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
    }

    /** How much more reading the trainee's cohort asks for in this module before its quiz opens; zero when none. */
    public Duration readingStillNeeded(long traineeId, ModuleVersion module) {
        Duration needed = Duration.ofMinutes(readingRequirement.minimumMinutes(traineeId));
        Duration still = needed.minus(readingTime(traineeId, module));
        return still.isNegative() ? Duration.ZERO : still;
    }

    /** A trainee logs learning done elsewhere; it counts once confirmed. */
    public LearningActivity log(Account trainee, String writtenTitle, String writtenProvider, DeliveryMode mode, String writtenHours,
            LocalDate completedOn, String writtenEvidence) {
        String title = Text.requiredLine(writtenTitle, "The course or activity", 300);
        String provider = Text.requiredLine(writtenProvider, "Who provided it", 200);
        String evidence = Text.optionalLines(writtenEvidence, "The evidence", 1000);
        if (mode == null) {
            throw new RejectedException("Say how it was delivered: self-paced online, live online or in person.");
        }
        BigDecimal hours = hours(writtenHours);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (completedOn == null || completedOn.isAfter(today) || completedOn.isBefore(today.minusYears(10))) {
            throw new RejectedException("Give the date you completed it: today or within the last ten years.");
        }
        var activity = new LearningActivity(trainee.getId(), title, provider, mode, hours, completedOn, evidence, clock.instant());
        em.persist(activity);
        em.flush();
        audit.record(trainee.getEmail(), AuditAction.LEARNING_ACTIVITY_LOGGED, "learning " + activity.getId(),
                title + ", " + hours.toPlainString() + " h " + mode.label().toLowerCase(java.util.Locale.ROOT));
        return activity;
    }

    /** A supervisor of the trainee (checked by the caller) or an administrator confirms logged hours against the evidence. */
    public LearningActivity confirm(Account by, long activityId) {
        LearningActivity activity = find(activityId).orElseThrow(() -> new NotFoundException("learning activity " + activityId));
        activity.confirm(by.getId(), clock.instant());
        audit.record(by.getEmail(), AuditAction.LEARNING_ACTIVITY_CONFIRMED, "learning " + activityId,
                activity.getTitle() + ", " + activity.getHours().toPlainString() + " h");
        return activity;
    }

    public Optional<LearningActivity> find(long activityId) {
        return Optional.ofNullable(em.find(LearningActivity.class, activityId));
    }

    public List<LearningActivity> activities(long traineeId) {
        return em.createNamedQuery(LearningActivity.OF_ACCOUNT, LearningActivity.class).setParameter("account", traineeId).getResultList();
    }

    /** Confirmed hours by delivery mode. */
    public Map<DeliveryMode, BigDecimal> confirmedHours(long traineeId) {
        return activities(traineeId).stream().filter(LearningActivity::isConfirmed)
                .collect(Collectors.groupingBy(LearningActivity::getDeliveryMode,
                        Collectors.reducing(BigDecimal.ZERO, LearningActivity::getHours, BigDecimal::add)));
    }

    /** Hours as typed ("7.5"): more than 0, at most 999.9, to a tenth. */
    static BigDecimal hours(String written) {
        if (written == null || !written.strip().matches("[0-9]{1,3}([.,][0-9])?")) {
            throw new RejectedException("Give the hours as a number such as 7 or 7.5 (at most 999.9).");
        }
        BigDecimal hours = new BigDecimal(written.strip().replace(',', '.'));
        if (hours.signum() <= 0) {
            throw new RejectedException("Give the hours it took: more than 0.");
        }
        return hours;
    }
}
