package org.dnacademy.records.control;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.records.entity.Cohort;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/** The figures behind the records overview charts, over the trainees the viewer may see. */
@Stateless
public class Overview {

    @Inject
    CompletionRecords records;

    @Inject
    Cohorts cohorts;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    org.dnacademy.certification.control.Certificates certificates;

    @Inject
    SubmissionMonths submissionMonths;

    @PersistenceContext
    EntityManager em;

    /** One bar: {@code count} of {@code total}. */
    public record Bar(String label, int count, int total) {
        public int getPercent() {
            return total == 0 ? 0 : Math.round(100f * count / total);
        }

        public String getLabel() {
            return label;
        }

        public int getCount() {
            return count;
        }

        public int getTotal() {
            return total;
        }
    }

    /**
     * Per module: how many of the visible trainees passed it (any version: the dashboard's
     * "passed"). The total and one count grouped by module (for everyone, a second for the
     * accounts that are not trainees).
     */
    public List<Bar> completionByModule(Account viewer) {
        long total = records.count(viewer, CompletionRecords.Filter.none());
        List<Bar> bars = new ArrayList<>();
        if (total == 0) {
            return bars;
        }
        TraineeQuery.Scope scope = TraineeQuery.Scope.of(viewer, cohorts.visibleTo(viewer), null);
        Map<String, Long> passed = new HashMap<>();
        if (scope.everyone()) {
            // Every account's passes from the index on (module, account), less those of the accounts that are not trainees.
            String count = "SELECT p.moduleKey, COUNT(DISTINCT p.accountId) FROM ModulePass p%s GROUP BY p.moduleKey";
            passed.putAll(countedBy(em.createQuery(count.formatted(""), Object[].class).getResultList()));
            for (List<Long> some : NotTrainees.ids(em)) {
                countedBy(em.createQuery(count.formatted(" WHERE p.accountId IN :ids"), Object[].class).setParameter("ids", some).getResultList())
                        .forEach((module, theirs) -> passed.merge(module, -theirs, Long::sum));
            }
        } else {
            passed.putAll(countedBy(em.createQuery("SELECT p.moduleKey, COUNT(DISTINCT p.accountId) FROM ModulePass p, Account a "
                    + "WHERE p.accountId = a.id AND a.role = org.dnacademy.identity.entity.Role.TRAINEE AND a.id IN (SELECT m.accountId "
                    + "FROM CohortMember m WHERE m.role = org.dnacademy.records.entity.CohortRole.TRAINEE AND m.cohortId IN :cohorts) "
                    + "GROUP BY p.moduleKey", Object[].class).setParameter("cohorts", scope.cohortIds()).getResultList()));
        }
        for (ModuleVersion module : curriculum.currentModules()) {
            bars.add(new Bar(module.getTitle(), passed.getOrDefault(module.getModuleKey(), 0L).intValue(), (int) total));
        }
        return bars;
    }

    /**
     * Per cohort: how many trainees hold a valid programme certificate (the dashboard's
     * "certified"). Two statements grouped by cohort, however many cohorts there are.
     */
    public List<Bar> certifiedByCohort(Account viewer) {
        List<Cohort> visible = cohorts.visibleTo(viewer);
        List<Bar> bars = new ArrayList<>();
        if (visible.isEmpty()) {
            return bars;
        }
        List<Long> ids = visible.stream().map(Cohort::getId).toList();
        String trainees = "FROM CohortMember m, Account a%s WHERE m.accountId = a.id AND m.role = org.dnacademy.records.entity.CohortRole.TRAINEE "
                + "AND a.role = org.dnacademy.identity.entity.Role.TRAINEE AND m.cohortId IN :cohorts";
        // Members from the cohort_member key alone, less members whose account is no longer a trainee's.
        String memberCount = "SELECT m.cohortId, COUNT(m) FROM CohortMember m WHERE m.role = org.dnacademy.records.entity.CohortRole.TRAINEE "
                + "AND m.cohortId IN :cohorts%s GROUP BY m.cohortId";
        Map<Long, Long> members = grouped(em.createQuery(memberCount.formatted(""), Object[].class).setParameter("cohorts", ids).getResultList());
        for (List<Long> some : NotTrainees.ids(em)) {
            grouped(em.createQuery(memberCount.formatted(" AND m.accountId IN :ids"), Object[].class).setParameter("cohorts", ids)
                    .setParameter("ids", some).getResultList()).forEach((cohort, theirs) -> members.merge(cohort, -theirs, Long::sum));
        }
        Map<Long, Long> certified = grouped(em.createQuery("SELECT m.cohortId, COUNT(DISTINCT m.accountId) " + trainees.formatted(", Certificate c")
                + " AND c.accountId = a.id AND c.kind = org.dnacademy.certification.entity.CertificateKind.PROGRAMME "
                + "AND c.supersededAt IS NULL AND c.revokedAt IS NULL AND c.expiresOn >= :today GROUP BY m.cohortId", Object[].class)
                .setParameter("cohorts", ids).setParameter("today", certificates.today()).getResultList());
        for (Cohort cohort : visible) {
            bars.add(new Bar(cohort.getName(), certified.getOrDefault(cohort.getId(), 0L).intValue(),
                    members.getOrDefault(cohort.getId(), 0L).intValue()));
        }
        return bars;
    }

    private static Map<String, Long> countedBy(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static Map<Long, Long> grouped(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Per calendar month of submission (UTC): passed attempts of all submitted attempts by the
     * visible trainees.
     */
    public List<Bar> passRateByMonth(Account viewer) {
        TraineeQuery.Scope scope = TraineeQuery.Scope.of(viewer, cohorts.visibleTo(viewer), null);
        List<Bar> bars = new ArrayList<>();
        if (!scope.everyone() && scope.cohortIds().isEmpty()) {
            return bars;
        }
        SortedMap<YearMonth, SubmissionMonths.Count> months = scope.everyone() ? submissionMonths.ofEveryTrainee()
                : submissionMonths.ofTraineesIn(scope.cohortIds());
        months.forEach((month, count) -> bars.add(new Bar(month.toString(), (int) count.passed(), (int) count.submitted())));
        return bars;
    }
}
