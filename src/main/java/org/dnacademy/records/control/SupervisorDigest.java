package org.dnacademy.records.control;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.notices.control.Notices;
import org.dnacademy.notices.entity.NoticeKind;
import org.dnacademy.platform.DatabaseMigrations;
import org.dnacademy.platform.Settings;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.records.entity.Cohort;
import org.dnacademy.records.entity.CohortMember;

/**
 * The weekly digest to each supervisor of the trainees in their cohorts: certificates expiring soon,
 * trainees overdue against their cohort's due date, practical sessions waiting for sign-off, and
 * trainees stuck (no lesson read, attempt, practical session or cohort change for
 * {@link Settings#stuckAfterDays()} days, and not certified). The job runs daily and posts each
 * supervisor's digest once per ISO week, on the first run of the week (Monday morning when the
 * server is up), so a server that was down on Monday still sends it; running twice in a week, or
 * on two instances, sends nothing twice. Disabled trainees are left out (they left; their records
 * stay). Supervisors can turn the digest off.
 */
@Stateless
public class SupervisorDigest {

    private static final Logger LOG = Logger.getLogger(SupervisorDigest.class.getName());

    /** Names listed per section; the count says how many more. */
    static final int LISTED = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    CompletionRecords records;

    @Inject
    Certificates certificates;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @EJB
    DatabaseMigrations migrations;

    @Schedule(hour = "7", minute = "0", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        migrations.awaitSchema();
        run();
    }

    /** Posts this week's digest to every supervisor who has not had it; how many were posted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        SupervisorDigest self = context.getBusinessObject(SupervisorDigest.class);
        int posted = 0;
        for (Long supervisor : self.supervisors()) {
            try {
                posted += self.digest(supervisor) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warning(() -> "Weekly digest for account " + supervisor + " not posted now: " + e);
            }
        }
        return posted;
    }

    /** Accounts that supervise at least one cohort. */
    public List<Long> supervisors() {
        return em.createQuery("SELECT DISTINCT m.accountId FROM CohortMember m WHERE m.role = org.dnacademy.records.entity.CohortRole.SUPERVISOR "
                + "ORDER BY m.accountId", Long.class).getResultList();
    }

    /** The week a digest belongs to, e.g. {@code 2026-W07}. */
    static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** One supervisor's digest for this week, unless they had it; whether it was posted now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean digest(long supervisorId) {
        LocalDate today = certificates.today();
        String key = "supervisor-digest:" + supervisorId + ":" + week(today);
        Account supervisor = em.find(Account.class, supervisorId);
        if (supervisor == null || supervisor.isDisabled() || notices.wasPosted(key)) {
            return false;
        }
        int expiringDays = certificates.expiringWindowDays();
        // Cohort by cohort, so that an administrator who also supervises a cohort hears of that
        // cohort's trainees only, as a supervisor would (an administrator's own scope is everyone).
        List<Long> supervised = em.createNamedQuery(CohortMember.COHORTS_SUPERVISED_BY, Long.class).setParameter("account", supervisorId)
                .getResultList();
        List<Account> expiring = enabled(inCohorts(supervisor, supervised, cohort -> new CompletionRecords.Filter(cohort, null, null,
                expiringDays, false, null, null)));
        List<Account> overdue = enabled(inCohorts(supervisor, supervised, cohort -> new CompletionRecords.Filter(cohort, null, null,
                null, true, null, null)));
        List<String> awaiting = awaitingSignOff(supervisorId);
        int stuckDays = Settings.current().stuckAfterDays();
        List<String> stuck = stuck(supervisorId, clock.instant().minus(stuckDays, ChronoUnit.DAYS), today);
        String cohortNames = supervised.stream().map(id -> em.find(Cohort.class, id)).filter(Objects::nonNull).map(Cohort::getName).sorted()
                .collect(Collectors.joining(", "));
        String summary = expiring.size() + " expiring, " + overdue.size() + " overdue, " + awaiting.size() + " awaiting sign-off, "
                + stuck.size() + " stuck";
        return notices.post(supervisorId, NoticeKind.SUPERVISOR_DIGEST, key, "/records/index.xhtml", Map.ofEntries(
                Map.entry("summary", summary), Map.entry("cohorts", cohortNames.isEmpty() ? "none" : cohortNames),
                Map.entry("expiringDays", String.valueOf(expiringDays)),
                Map.entry("expiringCount", String.valueOf(expiring.size())), Map.entry("expiring", listed(names(expiring))),
                Map.entry("overdueCount", String.valueOf(overdue.size())), Map.entry("overdue", listed(names(overdue))),
                Map.entry("awaitingCount", String.valueOf(awaiting.size())), Map.entry("awaiting", listed(awaiting)),
                Map.entry("stuckDays", String.valueOf(stuckDays)),
                Map.entry("stuckCount", String.valueOf(stuck.size())), Map.entry("stuck", listed(stuck))));
    }

    /** Sessions of the supervisor's trainees that nobody has decided on yet: "name: skill (date)". */
    private List<String> awaitingSignOff(long supervisorId) {
        List<PracticalSession> waiting = em.createQuery("SELECT s FROM PracticalSession s WHERE s.decisions IS EMPTY AND s.accountId IN "
                + "(SELECT t.accountId FROM CohortMember t WHERE t.role = org.dnacademy.records.entity.CohortRole.TRAINEE AND t.cohortId IN "
                + "(SELECT m.cohortId FROM CohortMember m WHERE m.accountId = :supervisor "
                + "AND m.role = org.dnacademy.records.entity.CohortRole.SUPERVISOR)) ORDER BY s.loggedAt, s.id", PracticalSession.class)
                .setParameter("supervisor", supervisorId).getResultList();
        Map<Long, Account> trainees = accounts(waiting.stream().map(PracticalSession::getAccountId).distinct().toList());
        return waiting.stream().filter(s -> trainees.containsKey(s.getAccountId()))
                .map(s -> trainees.get(s.getAccountId()).getDisplayName() + ": " + s.getSkill().getTitle() + " (" + s.getPerformedOn() + ")")
                .toList();
    }

    /**
     * Trainees of the supervisor's cohorts without a valid programme certificate who have done nothing
     * since {@code since}: no lesson read, no attempt started or submitted, no practical session logged,
     * and not added to a cohort.
     */
    private List<String> stuck(long supervisorId, Instant since, LocalDate today) {
        Timestamp cutoff = Timestamp.from(since);
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT a.display_name FROM account a WHERE a.role = 'TRAINEE' AND a.disabled_at IS NULL "
                + "AND a.id IN (SELECT t.account_id FROM cohort_member t WHERE t.member_role = 'TRAINEE' AND t.cohort_id IN "
                + "(SELECT s.cohort_id FROM cohort_member s WHERE s.account_id = ?1 AND s.member_role = 'SUPERVISOR')) "
                + "AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.account_id = a.id AND c.kind = 'PROGRAMME' "
                + "AND c.revoked_at IS NULL AND c.superseded_at IS NULL AND c.expires_on >= ?2) "
                + "AND NOT EXISTS (SELECT 1 FROM lesson_completion l WHERE l.account_id = a.id AND l.completed_at >= ?3) "
                + "AND NOT EXISTS (SELECT 1 FROM attempt q WHERE q.account_id = a.id AND (q.started_at >= ?3 OR q.submitted_at >= ?3)) "
                + "AND NOT EXISTS (SELECT 1 FROM practical_session p WHERE p.account_id = a.id AND p.logged_at >= ?3) "
                + "AND NOT EXISTS (SELECT 1 FROM cohort_member j WHERE j.account_id = a.id AND j.added_at >= ?3) "
                + "ORDER BY a.display_name")
                .setParameter(1, supervisorId).setParameter(2, java.sql.Date.valueOf(today)).setParameter(3, cutoff).getResultList();
        return names;
    }

    /** The matching trainees of each cohort, each once, in the dashboard's order. */
    private List<Long> inCohorts(Account supervisor, List<Long> cohortIds, Function<Long, CompletionRecords.Filter> filter) {
        Set<Long> ids = new LinkedHashSet<>();
        cohortIds.forEach(cohort -> ids.addAll(records.matchingIds(supervisor, filter.apply(cohort))));
        return List.copyOf(ids);
    }

    private List<Account> enabled(List<Long> ids) {
        Map<Long, Account> byId = accounts(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The enabled accounts among these ids, read in slices. */
    private Map<Long, Account> accounts(List<Long> ids) {
        Map<Long, Account> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids AND a.disabledAt IS NULL", Account.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultStream()
                    .forEach(account -> found.put(account.getId(), account));
        }
        return found;
    }

    private static List<String> names(List<Account> accounts) {
        return accounts.stream().map(Account::getDisplayName).toList();
    }

    /** At most {@link #LISTED} lines, then how many more. */
    static List<String> listed(List<String> all) {
        if (all.size() <= LISTED) {
            return all;
        }
        List<String> shown = new ArrayList<>(all.subList(0, LISTED));
        shown.add("… and " + (all.size() - LISTED) + " more");
        return shown;
    }
}
