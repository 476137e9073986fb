package org.dnacademy.records.control;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.progress.control.ModuleStatus;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.records.entity.Cohort;

/** The figures behind the records overview charts, over the trainees the viewer may see. */
@Stateless
public class Overview {

    @Inject
    CompletionRecords records;

    @Inject
    Cohorts cohorts;

    @Inject
    Quizzes quizzes;

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
        List<TraineeRecord> all = records.filtered(viewer, new CompletionRecords.Filter(null, null, null, null, false, null, null));
        List<Bar> bars = new ArrayList<>();
        if (all.isEmpty()) {
            return bars;
        }
        for (int i = 0; i < all.get(0).modules().size(); i++) {
            int index = i;
            int passed = (int) all.stream().filter(r -> r.modules().get(index).status() == ModuleStatus.PASSED).count();
            bars.add(new Bar(all.get(0).modules().get(i).module().getTitle(), passed, all.size()));
        }
        return bars;
    }

    /** Per cohort: how many trainees hold a valid programme certificate. */
    public List<Bar> certifiedByCohort(Account viewer) {
        List<Bar> bars = new ArrayList<>();
        for (Cohort cohort : cohorts.visibleTo(viewer)) {
            List<TraineeRecord> members = records.filtered(viewer, new CompletionRecords.Filter(cohort.getId(), null, null, null, false, null, null));
            bars.add(new Bar(cohort.getName(), (int) members.stream().filter(TraineeRecord::isCertified).count(), members.size()));
        }
        return bars;
    }

    /** Per calendar month (UTC): passed attempts of all submitted attempts by the visible trainees. */
    public List<Bar> passRateByMonth(Account viewer) {
        Map<YearMonth, int[]> months = new TreeMap<>();
        for (Account trainee : records.assemblable(viewer)) {
            for (Attempt attempt : quizzes.attemptsOf(trainee.getId())) {
                if (attempt.isOpen()) {
                    continue;
                }
                int[] counts = months.computeIfAbsent(YearMonth.from(attempt.getSubmittedAt().atZone(ZoneOffset.UTC)), m -> new int[2]);
                counts[0] += attempt.isPassed() ? 1 : 0;
                counts[1]++;
            }
        }
        List<Bar> bars = new ArrayList<>();
        months.forEach((month, counts) -> bars.add(new Bar(month.toString(), counts[0], counts[1])));
        return bars;
    }
}
