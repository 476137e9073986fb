package org.dnacademy.records.control;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.progress.control.ModuleStatus;
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

    /** Per module: how many of the visible trainees passed it. */
    public List<Bar> completionByModule(Account viewer) {
        long total = records.count(viewer, CompletionRecords.Filter.none());
        List<Bar> bars = new ArrayList<>();
        if (total == 0) {
            return bars;
        }
        for (ModuleVersion module : curriculum.currentModules()) {
            long passed = records.count(viewer, new CompletionRecords.Filter(null, module.getModuleKey(), ModuleStatus.PASSED.name(),
                    null, false, null, null));
            bars.add(new Bar(module.getTitle(), (int) passed, (int) total));
        }
        return bars;
    }

    /** Per cohort: how many trainees hold a valid programme certificate. */
    public List<Bar> certifiedByCohort(Account viewer) {
        List<Bar> bars = new ArrayList<>();
        for (Cohort cohort : cohorts.visibleTo(viewer)) {
            long members = records.count(viewer, new CompletionRecords.Filter(cohort.getId(), null, null, null, false, null, null));
            long certified = records.count(viewer, new CompletionRecords.Filter(cohort.getId(), null, TraineeQuery.CERTIFIED, null,
                    false, null, null));
            bars.add(new Bar(cohort.getName(), (int) certified, (int) members));
        }
        return bars;
    }

    /** Per calendar month of submission: passed attempts of all submitted attempts by the visible trainees. */
    public List<Bar> passRateByMonth(Account viewer) {
        TraineeQuery.Scope scope = TraineeQuery.Scope.of(viewer, cohorts.visibleTo(viewer), null);
        boolean everyone = scope.everyone();
        List<Bar> bars = new ArrayList<>();
        if (!everyone && scope.cohortIds().isEmpty()) {
            return bars;
        }
        // Grouped by the pass flag too, rather than summing a CASE over it: Derby compares no BOOLEAN with a number.
        var query = em.createQuery("SELECT EXTRACT(YEAR FROM a.submittedAt), EXTRACT(MONTH FROM a.submittedAt), a.passed, COUNT(a) "
                + "FROM Attempt a "
                + "WHERE a.status = org.dnacademy.quiz.entity.AttemptStatus.SUBMITTED AND a.accountId IN "
                + (everyone ? "(SELECT t.id FROM Account t WHERE t.role = org.dnacademy.identity.entity.Role.TRAINEE)"
                        : "(SELECT m.accountId FROM CohortMember m WHERE m.role = org.dnacademy.records.entity.CohortRole.TRAINEE "
                                + "AND m.cohortId IN :cohorts)")
                + " GROUP BY EXTRACT(YEAR FROM a.submittedAt), EXTRACT(MONTH FROM a.submittedAt), a.passed", Object[].class);
        if (!everyone) {
            query.setParameter("cohorts", scope.cohortIds());
        }
        Map<YearMonth, int[]> months = new TreeMap<>();
        for (Object[] row : query.getResultList()) {
            int[] counts = months.computeIfAbsent(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), m -> new int[2]);
            int attempts = ((Number) row[3]).intValue();
            counts[0] += Boolean.TRUE.equals(row[2]) ? attempts : 0;
            counts[1] += attempts;
        }
        months.forEach((month, counts) -> bars.add(new Bar(month.toString(), counts[0], counts[1])));
        return bars;
    }
}
