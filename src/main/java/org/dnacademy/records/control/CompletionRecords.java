package org.dnacademy.records.control;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.dnacademy.certification.control.CertificateStatus;
import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateKind;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.progress.control.ModuleProgress;
import org.dnacademy.progress.control.ModuleStatus;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.quiz.entity.Attempt;

/**
 * The supervisors' completion dashboard: the trainees a viewer may see, by module, filtered,
 * sorted and paged on the server. Records are assembled per trainee from progress, quiz and
 * certification; the page size bounds the work per request.
 */
@Stateless
public class CompletionRecords {

    public static final int PAGE_SIZE = 25;

    @Inject
    Cohorts cohorts;

    @Inject
    Progress progress;

    @Inject
    Quizzes quizzes;

    @Inject
    Certificates certificates;

    /**
     * @param status     a {@link ModuleStatus} or {@link CertificateStatus} name, or "CERTIFIED"
     *                   (holds a valid programme certificate); empty for any
     * @param moduleKey  limits {@code status} to this module; empty for any module
     * @param expiringIn only trainees with a current certificate expiring within this many days
     */
    public record Filter(Long cohortId, String moduleKey, String status, Integer expiringIn, boolean overdueOnly,
            String text, String sort) {
    }

    public record Page(List<TraineeRecord> rows, int total, int page, int pages) {
        public List<TraineeRecord> getRows() {
            return rows;
        }

        public int getTotal() {
            return total;
        }

        public int getPage() {
            return page;
        }

        public int getPages() {
            return pages;
        }
    }

    public Page page(Account viewer, Filter filter, int page) {
        if (onlyByName(filter)) {
            // Nothing to compute before paging: the database pages the trainees, and only the
            // page's records are assembled.
            int current = Math.max(1, page);
            var result = cohorts.traineePage(viewer, filter.cohortId(), filter.text(), (current - 1) * PAGE_SIZE, PAGE_SIZE);
            long total = result.getValue();
            int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            if (current > pages) {
                current = pages;
                result = cohorts.traineePage(viewer, filter.cohortId(), filter.text(), (current - 1) * PAGE_SIZE, PAGE_SIZE);
            }
            return new Page(result.getKey().stream().map(this::record).toList(), (int) total, current, pages);
        }
        List<TraineeRecord> all = filtered(viewer, filter);
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(page, pages));
        return new Page(all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE)), all.size(), current, pages);
    }

    private static boolean onlyByName(Filter filter) {
        return (filter.status() == null || filter.status().isBlank()) && filter.expiringIn() == null && !filter.overdueOnly()
                && (filter.sort() == null || filter.sort().isBlank());
    }

    /** Every matching record, for exports. */
    public List<TraineeRecord> filtered(Account viewer, Filter filter) {
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        List<Account> trainees = cohorts.trainees(viewer, filter.cohortId()).stream()
                .filter(a -> text.isEmpty() || a.getDisplayName().toLowerCase(Locale.ROOT).contains(text)
                        || a.getEmail().contains(text))
                .toList();
        List<TraineeRecord> records = trainees.stream().map(this::record).filter(r -> matches(r, filter)).toList();
        return records.stream().sorted(comparator(filter.sort())).toList();
    }

    /** One trainee's record, if the viewer may see it. */
    public Optional<TraineeRecord> of(Account viewer, Account trainee) {
        return cohorts.maySee(viewer, trainee.getId()) ? Optional.of(record(trainee)) : Optional.empty();
    }

    private TraineeRecord record(Account trainee) {
        long id = trainee.getId();
        List<Attempt> attempts = quizzes.attemptsOf(id);
        List<Certificate> held = certificates.ofAccount(id);
        LocalDate today = certificates.today();
        List<TraineeRecord.ModuleStanding> modules = progress.programme(id).stream().map(p -> standing(p, attempts, held)).toList();
        Certificate programme = held.stream().filter(c -> c.getKind() == CertificateKind.PROGRAMME && c.isCurrent()).findFirst()
                .orElse(null);
        Optional<LocalDate> due = cohorts.dueDateOf(id);
        boolean allPassed = modules.stream().allMatch(m -> m.status() == ModuleStatus.PASSED);
        return new TraineeRecord(trainee, cohorts.cohortNamesOf(id), due.orElse(null), modules, programme,
                programme == null ? null : certificates.statusOf(programme), due.isPresent() && today.isAfter(due.get()) && !allPassed);
    }

    private TraineeRecord.ModuleStanding standing(ModuleProgress progress, List<Attempt> attempts, List<Certificate> held) {
        String key = progress.module().getModuleKey();
        List<Attempt> here = attempts.stream().filter(a -> a.getModuleKey().equals(key) && !a.isOpen()).toList();
        Integer best = here.stream().map(Attempt::getScoreWholePercent).max(Integer::compare).orElse(null);
        LocalDate passedOn = here.stream().filter(Attempt::isPassed).map(a -> LocalDate.ofInstant(a.getSubmittedAt(), ZoneOffset.UTC))
                .findFirst().orElse(null);
        Certificate certificate = held.stream()
                .filter(c -> c.getKind() == CertificateKind.MODULE && key.equals(c.getModuleKey()) && c.getSupersededAt() == null)
                .findFirst().orElse(null);
        return new TraineeRecord.ModuleStanding(progress.module(), progress.status(), progress.getLessonsRead(), here.size(), best,
                passedOn, certificate, certificate == null ? null : certificates.statusOf(certificate));
    }

    private boolean matches(TraineeRecord record, Filter filter) {
        if (filter.overdueOnly() && !record.overdue()) {
            return false;
        }
        List<TraineeRecord.ModuleStanding> modules = record.modules().stream()
                .filter(m -> filter.moduleKey() == null || filter.moduleKey().isBlank() || m.module().getModuleKey().equals(filter.moduleKey()))
                .toList();
        if (filter.expiringIn() != null) {
            LocalDate limit = certificates.today().plusDays(filter.expiringIn());
            boolean expiring = modules.stream().anyMatch(m -> m.certificate() != null && m.certificate().isCurrent()
                    && !m.certificate().getExpiresOn().isAfter(limit));
            if (!expiring) {
                return false;
            }
        }
        String status = filter.status();
        if (status == null || status.isBlank()) {
            return true;
        }
        if (status.equals("CERTIFIED")) {
            return record.isCertified();
        }
        return modules.stream().anyMatch(m -> m.status().name().equals(status)
                || (m.certificateStatus() != null && m.certificateStatus().name().equals(status)));
    }

    private static Comparator<TraineeRecord> comparator(String sort) {
        Comparator<TraineeRecord> byName = Comparator.comparing((TraineeRecord r) -> r.trainee().getDisplayName().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.trainee().getEmail());
        if ("progress".equals(sort)) {
            return Comparator.comparingLong(TraineeRecord::getPassedCount).reversed().thenComparing(byName);
        }
        if ("least".equals(sort)) {
            return Comparator.comparingLong(TraineeRecord::getPassedCount).thenComparing(byName);
        }
        return byName;
    }
}
