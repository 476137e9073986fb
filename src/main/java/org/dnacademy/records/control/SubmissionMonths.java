package org.dnacademy.records.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.platform.Leases;
import org.dnacademy.records.entity.SubmissionMonth;

/**
 * Submitted attempts and passes per calendar month (UTC), for the overview's pass rate: for the
 * trainees of some cohorts counted from their attempts; for every trainee without reading every
 * attempt ever submitted on each view.
 *
 * <p>A month is <em>settled</em> when it has been over for {@link #SETTLING} (longer than the
 * clocks of two instances differ) and no open attempt has its deadline in it or before: the server
 * dates an attempt it closes after the time limit at its deadline ({@code Attempt.submit}), and
 * nothing else changes a submitted attempt or deletes one. Settled months are counted once, over
 * every account, into {@code submission_month}; later months are counted from the attempts (a
 * range of the index on status and submission time), as are settled months not counted yet. A
 * timer counts them hourly, on one instance; views only read. For the trainees, the attempts of the few
 * accounts that are not trainees (supervisors and administrators trying a quiz) are counted from
 * the attempts and subtracted, so a change of role shows at once.
 */
@Stateless
public class SubmissionMonths {

    /** How long after its end a month may still receive a submission dated in it by another instance's clock. */
    static final Duration SETTLING = Duration.ofHours(1);

    private static final String SUBMITTED = "a.status = org.dnacademy.quiz.entity.AttemptStatus.SUBMITTED";

    /** Grouped by the pass flag rather than summing a CASE over it: Derby compares no BOOLEAN with a number. */
    private static final String BY_MONTH_SELECT = "SELECT EXTRACT(YEAR FROM a.submittedAt), EXTRACT(MONTH FROM a.submittedAt), a.passed, COUNT(a) ";
    private static final String BY_MONTH_GROUP = " GROUP BY EXTRACT(YEAR FROM a.submittedAt), EXTRACT(MONTH FROM a.submittedAt), a.passed";

    /** Passed of submitted attempts. */
    public record Count(long passed, long submitted) {

        static final Count NONE = new Count(0, 0);

        Count plus(Count other) {
            return new Count(passed + other.passed, submitted + other.submitted);
        }

        Count minus(Count other) {
            return new Count(passed - other.passed, submitted - other.submitted);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Leases leases;

    @Resource
    SessionContext context;

    /**
     * Every trainee's submitted attempts and passes by month, months without any left out. Reads
     * only: the months counted since the first submission, and the attempts from the first month
     * without a row on (all of them before the hourly count after an upgrade).
     */
    public SortedMap<YearMonth, Count> ofEveryTrainee() {
        YearMonth settledBefore = settledBefore(clock.instant(), earliestOpenDeadline());
        SortedMap<YearMonth, Count> counted = counted();
        YearMonth liveFrom = firstUncounted(counted.keySet(), firstSubmission(), settledBefore);
        SortedMap<YearMonth, Count> months = new TreeMap<>(counted.headMap(liveFrom));
        submitted(" AND a.submittedAt >= :from", java.util.Map.of("from", start(liveFrom)))
                .forEach((month, count) -> months.merge(month, count, Count::plus));
        notTrainees().forEach((month, count) -> months.merge(month, Count.NONE.minus(count), Count::plus));
        months.values().removeIf(count -> count.submitted() <= 0);
        return months;
    }

    /** Counts the settled months once an hour, on one instance. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        if (leases.claim("submission-months", Duration.ofMinutes(50))) {
            countSettledMonths();
        }
    }

    /** Counts every settled month that has no row yet: what the hourly timer does. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void countSettledMonths() {
        context.getBusinessObject(SubmissionMonths.class).countSettled(settledBefore(clock.instant(), earliestOpenDeadline()));
    }

    /** The submitted attempts and passes by month of the trainees of these cohorts, counted from their attempts. */
    public SortedMap<YearMonth, Count> ofTraineesIn(List<Long> cohortIds) {
        return submitted(" AND a.accountId IN (SELECT m.accountId FROM CohortMember m WHERE m.role = "
                + "org.dnacademy.records.entity.CohortRole.TRAINEE AND m.cohortId IN :cohorts)", java.util.Map.of("cohorts", cohortIds));
    }

    /**
     * Public for the container's transaction only. Counts every settled month from the first
     * submission on that has no row, once across instances (the second waits for the first's
     * commit and finds them counted), and drops rows of months that are not settled (a clock that
     * was set back: they are counted from the attempts instead).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void countSettled(YearMonth settledBefore) {
        leases.lockUntilCommit("submission-months");
        em.createQuery("DELETE FROM SubmissionMonth m WHERE m.calendarMonth >= :open").setParameter("open", settledBefore.toString())
                .executeUpdate();
        java.util.Set<YearMonth> present = counted().keySet();
        YearMonth from = firstUncounted(present, firstSubmission(), settledBefore);
        if (!from.isBefore(settledBefore)) {
            return;
        }
        // Counted from the first month missing; months after it that have a row already keep it.
        SortedMap<YearMonth, Count> counts = submitted(" AND a.submittedAt >= :from AND a.submittedAt < :before",
                java.util.Map.of("from", start(from), "before", start(settledBefore)));
        Instant now = clock.instant();
        for (YearMonth month = from; month.isBefore(settledBefore); month = month.plusMonths(1)) {
            if (!present.contains(month)) {
                Count count = counts.getOrDefault(month, Count.NONE);
                em.persist(new SubmissionMonth(month, count.submitted(), count.passed(), now));
            }
        }
    }

    /**
     * The first settled month from the first submission's on that has no row, or the first month
     * not settled if none is missing (or nothing was submitted before it).
     */
    static YearMonth firstUncounted(java.util.Set<YearMonth> counted, YearMonth firstSubmission, YearMonth settledBefore) {
        YearMonth month = firstSubmission;
        while (month != null && month.isBefore(settledBefore)) {
            if (!counted.contains(month)) {
                return month;
            }
            month = month.plusMonths(1);
        }
        return settledBefore;
    }

    /**
     * The first month that is not settled: this month (or last month within {@link #SETTLING} of
     * its end), or the month of the earliest deadline of an open attempt if that is earlier.
     */
    static YearMonth settledBefore(Instant now, Instant earliestOpenDeadline) {
        YearMonth open = YearMonth.from(now.minus(SETTLING).atZone(ZoneOffset.UTC));
        if (earliestOpenDeadline == null) {
            return open;
        }
        YearMonth deadline = YearMonth.from(earliestOpenDeadline.atZone(ZoneOffset.UTC));
        return deadline.isBefore(open) ? deadline : open;
    }

    /** The submitted attempts that also meet the condition (JPQL over {@code a}), counted by month. */
    private SortedMap<YearMonth, Count> submitted(String condition, java.util.Map<String, Object> parameters) {
        var query = em.createQuery(BY_MONTH_SELECT + "FROM Attempt a WHERE " + SUBMITTED + condition + BY_MONTH_GROUP, Object[].class);
        parameters.forEach(query::setParameter);
        return byMonth(query.getResultList());
    }

    /** Rows of year, month, pass flag and count, as counts by month. */
    static SortedMap<YearMonth, Count> byMonth(List<Object[]> rows) {
        SortedMap<YearMonth, Count> months = new TreeMap<>();
        for (Object[] row : rows) {
            long attempts = ((Number) row[3]).longValue();
            months.merge(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                    new Count(Boolean.TRUE.equals(row[2]) ? attempts : 0, attempts), Count::plus);
        }
        return months;
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The rows of {@code submission_month}, as counts by month. */
    private SortedMap<YearMonth, Count> counted() {
        SortedMap<YearMonth, Count> months = new TreeMap<>();
        for (SubmissionMonth row : em.createQuery("SELECT m FROM SubmissionMonth m", SubmissionMonth.class).getResultList()) {
            months.put(row.getMonth(), new Count(row.getPassed(), row.getSubmitted()));
        }
        return months;
    }

    /** The month of the first submission ever, or null: the first entry of the index on status and submission time. */
    private YearMonth firstSubmission() {
        Instant first = instant(em.createQuery("SELECT MIN(a.submittedAt) FROM Attempt a WHERE " + SUBMITTED, Object.class).getSingleResult());
        return first == null ? null : YearMonth.from(first.atZone(ZoneOffset.UTC));
    }

    private Instant earliestOpenDeadline() {
        return instant(em.createQuery("SELECT MIN(a.deadline) FROM Attempt a WHERE a.status = org.dnacademy.quiz.entity.AttemptStatus.IN_PROGRESS "
                + "AND a.deadline IS NOT NULL", Object.class).getSingleResult());
    }

    /** A MIN over an Instant attribute: an Instant, or the driver's Timestamp where the provider does not convert aggregates. */
    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    /** The submitted attempts of accounts that are not trainees, by month. */
    private SortedMap<YearMonth, Count> notTrainees() {
        SortedMap<YearMonth, Count> months = new TreeMap<>();
        for (List<Long> some : NotTrainees.ids(em)) {
            submitted(" AND a.accountId IN :ids", java.util.Map.of("ids", some)).forEach((month, count) -> months.merge(month, count, Count::plus));
        }
        return months;
    }
}
