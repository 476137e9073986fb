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

    @Inject
    org.dnacademy.progress.control.ModulePasses passes;

    /**
     * Filters on status, expiry or due date assemble every visible trainee's record before filtering;
     * beyond this many trainees ({@code dna.records.max.filtered}, 2,000 by default) the viewer is
     * asked to narrow the view first (a cohort or a name), so one request cannot tie up the server.
     * Plain paging has no such limit.
     */
    public static int maxAssembled() {
        return Integer.parseInt(org.dnacademy.platform.Settings.get(org.dnacademy.platform.Settings.RECORDS_MAX_FILTERED, "2000"));
    }

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

    /**
     * Every matching record, for exports and status filters.
     *
     * @throws RejectedException when more than {@link #maxAssembled()} trainees would be assembled
     */
    public List<TraineeRecord> filtered(Account viewer, Filter filter) {
        List<Account> trainees = assemblable(viewer, filter.cohortId(), filter.text());
        List<TraineeRecord> records = trainees.stream().map(this::record).filter(r -> matches(r, filter)).toList();
        return records.stream().sorted(comparator(filter.sort())).toList();
    }

    /** Every trainee the viewer may see, when there are few enough to go through one by one. */
    public List<Account> assemblable(Account viewer) {
        return assemblable(viewer, null, null);
    }

    private List<Account> assemblable(Account viewer, Long cohortId, String text) {
        int limit = maxAssembled();
        var candidates = cohorts.traineePage(viewer, cohortId, text, 0, limit + 1);
        if (candidates.getValue() > limit) {
            throw new org.dnacademy.platform.RejectedException("This view covers " + candidates.getValue()
                    + " trainees. Status filters, sorting and exports work on up to " + limit
                    + " at a time: choose a cohort or search by name first.");
        }
        return candidates.getKey();
    }

    /** One trainee's record, if the viewer may see it. */
    public Optional<TraineeRecord> of(Account viewer, Account trainee) {
        return cohorts.maySee(viewer, trainee.getId()) ? Optional.of(record(trainee)) : Optional.empty();
    }

    private TraineeRecord record(Account trainee) {
        long id = trainee.getId();
        var attempts = quizzes.summaryOf(id);
        var firstPassed = passes.firstPassed(id);
        List<Certificate> held = certificates.ofAccount(id);
        LocalDate today = certificates.today();
        List<TraineeRecord.ModuleStanding> modules = progress.programme(id).stream()
                .map(p -> standing(p, attempts.get(p.module().getModuleKey()), firstPassed.get(p.module().getModuleKey()), held)).toList();
        Certificate programme = held.stream().filter(c -> c.getKind() == CertificateKind.PROGRAMME && c.isCurrent()).findFirst()
                .orElse(null);
        Optional<LocalDate> due = cohorts.dueDateOf(id);
        boolean allPassed = modules.stream().allMatch(m -> m.status() == ModuleStatus.PASSED);
        return new TraineeRecord(trainee, cohorts.cohortNamesOf(id), due.orElse(null), modules, programme,
                programme == null ? null : certificates.statusOf(programme), due.isPresent() && today.isAfter(due.get()) && !allPassed);
    }

    private TraineeRecord.ModuleStanding standing(ModuleProgress progress, Quizzes.AttemptSummary attempts, java.time.Instant firstPassed,
            List<Certificate> held) {
        String key = progress.module().getModuleKey();
        Integer best = attempts == null || attempts.bestPercent() == null ? null : (int) Math.floor(attempts.bestPercent() + 1e-9);
        LocalDate passedOn = firstPassed == null ? null : LocalDate.ofInstant(firstPassed, ZoneOffset.UTC);
        Certificate certificate = held.stream()
                .filter(c -> c.getKind() == CertificateKind.MODULE && key.equals(c.getModuleKey()) && c.getSupersededAt() == null)
                .findFirst().orElse(null);
        return new TraineeRecord.ModuleStanding(progress.module(), progress.status(), progress.getLessonsRead(),
                attempts == null ? 0 : (int) attempts.attempts(), best,
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
