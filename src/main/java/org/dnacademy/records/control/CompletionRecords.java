package org.dnacademy.records.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.certification.entity.HeldCertificates;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.progress.control.ModulePasses;
import org.dnacademy.progress.control.ModuleProgress;
import org.dnacademy.progress.control.ModuleStatus;
import org.dnacademy.progress.control.Programme;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.quiz.control.Quizzes;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * The supervisors' completion dashboard: the trainees a viewer may see, by module, filtered,
 * sorted and paged. The database chooses, counts and orders the trainees ({@link TraineeQuery});
 * records are then assembled only for the trainees shown, from progress, quiz and certification.
 */
@Stateless
public class CompletionRecords {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    Progress progress;

    @Inject
    Quizzes quizzes;

    @Inject
    Certificates certificates;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    ModulePasses passes;

    /**
     * @param status     a {@link ModuleStatus} or {@link CertificateStatus} name, or "CERTIFIED"
     *                   (holds a valid programme certificate); empty for any
     * @param moduleKey  limits {@code status} and {@code expiringIn} to this module; empty for any module
     * @param expiringIn only trainees with a current certificate expiring within this many days
     * @param sort       "progress" (most modules passed first), "least" (fewest first), or by name
     */
    public record Filter(Long cohortId, String moduleKey, String status, Integer expiringIn, boolean overdueOnly,
            String text, String sort) {

        /** Every trainee the viewer may see, by name. */
        public static Filter none() {
            return new Filter(null, null, null, null, false, null, null);
        }
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

    /**
     * One page of the matching trainees' records; a page past the end shows the last page.
     *
     * @throws RejectedException for a module or status the dashboard does not know
     */
    public Page page(Account viewer, Filter filter, int page) {
        // One statement chooses and orders every match (the ids only), and the page is cut here: a
        // separate COUNT would evaluate every filter condition for every trainee a second time, and
        // ordering with OFFSET sorts all matches anyway. The ids of all trainees are a few hundred
        // kilobytes at 10,000.
        List<Long> matching = ids(query(viewer, filter), 0, 0);
        int total = matching.size();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(page, pages));
        int first = (current - 1) * PAGE_SIZE;
        return new Page(assemble(matching.subList(first, Math.min(total, first + PAGE_SIZE))), total, current, pages);
    }

    /** How many trainees match. */
    public long count(Account viewer, Filter filter) {
        return count(query(viewer, filter));
    }

    /** The ids of every matching trainee, in the filter's order: exports read them in batches. */
    public List<Long> matchingIds(Account viewer, Filter filter) {
        return ids(query(viewer, filter), 0, 0);
    }

    /**
     * The records of these trainees, in the same order, leaving out any the viewer may not see.
     * Exports call this batch by batch, each in its own transaction, so memory stays bounded.
     */
    public List<TraineeRecord> recordsOf(Account viewer, List<Long> traineeIds) {
        Set<Long> visible = cohorts.visibleAmong(viewer, traineeIds);
        return assemble(traineeIds.stream().filter(visible::contains).toList());
    }

    private TraineeQuery query(Account viewer, Filter filter) {
        return new TraineeQuery(TraineeQuery.Scope.of(viewer, cohorts.visibleTo(viewer), filter.cohortId()), filter, curriculum.currentModules(),
                new TraineeQuery.Calendar(certificates.today(), certificates.expiringWindowDays(), certificates::recertificationDeadline));
    }

    private long count(TraineeQuery query) {
        return ((Number) bind(em.createNativeQuery(query.countSql()), query.parameters()).getSingleResult()).longValue();
    }

    /** @param max 0 for all */
    private List<Long> ids(TraineeQuery query, int first, int max) {
        List<?> rows = bind(em.createNativeQuery(query.idsSql(first, max)), max > 0 ? query.parameters(first, max) : query.parameters())
                .getResultList();
        return rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
    }

    private static Query bind(Query statement, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setParameter(i + 1, parameters.get(i));
        }
        return statement;
    }

    /**
     * Records for these accounts, in the given order, in a fixed number of statements however many
     * they are (a page of 25 or an export batch): the accounts, then their attempts, passes, lesson
     * completions, certificates and cohorts, each read for all of them at once. The caller has
     * chosen the ids through the viewer's scope.
     */
    private List<TraineeRecord> assemble(List<Long> traineeIds) {
        if (traineeIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Account> byId = em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", traineeIds).getResultStream()
                .collect(Collectors.toMap(Account::getId, a -> a));
        List<Long> found = traineeIds.stream().filter(byId::containsKey).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<ModuleVersion> modules = curriculum.currentModules();
        var attempts = quizzes.summariesOf(found);
        var firstPassed = passes.firstPassedBy(found);
        var programmes = progress.programmes(modules, found, firstPassed);
        var held = certificates.heldBy(found);
        var memberships = cohorts.membershipsOf(found);
        LocalDate today = certificates.today();
        return found.stream().map(id -> record(byId.get(id), modules, today, attempts.getOrDefault(id, Map.of()),
                firstPassed.getOrDefault(id, Map.of()), programmes.get(id), held.get(id), memberships.get(id))).toList();
    }

    /** One trainee's record, if the viewer may see it. */
    public Optional<TraineeRecord> of(Account viewer, Account trainee) {
        return cohorts.maySee(viewer, trainee.getId()) ? assemble(List.of(trainee.getId())).stream().findFirst() : Optional.empty();
    }

    private TraineeRecord record(Account trainee, List<ModuleVersion> current, LocalDate today, Map<String, Quizzes.AttemptSummary> attempts,
            Map<String, Instant> firstPassed, Programme programme, HeldCertificates held, Cohorts.Membership membership) {
        List<TraineeRecord.ModuleStanding> modules = programme.modules().stream()
                .map(p -> standing(p, attempts.get(p.module().getModuleKey()), firstPassed.get(p.module().getModuleKey()), held, current))
                .toList();
        Certificate programmeCertificate = held.programme().orElse(null);
        LocalDate due = membership.dueDate();
        return new TraineeRecord(trainee, membership.names(), due, modules, programme, programmeCertificate,
                programmeCertificate == null ? null : certificates.statusOf(programmeCertificate, current),
                due != null && today.isAfter(due) && !programme.allPassed());
    }

    private TraineeRecord.ModuleStanding standing(ModuleProgress progress, Quizzes.AttemptSummary attempts, Instant firstPassed,
            HeldCertificates held, List<ModuleVersion> current) {
        LocalDate passedOn = firstPassed == null ? null : LocalDate.ofInstant(firstPassed, ZoneOffset.UTC);
        Certificate certificate = held.forModule(progress.module().getModuleKey()).orElse(null);
        return new TraineeRecord.ModuleStanding(progress.module(), progress.status(), progress.getLessonsRead(),
                attempts == null ? 0 : (int) attempts.attempts(), attempts == null ? null : attempts.bestScore(),
                passedOn, certificate, certificate == null ? null : certificates.statusOf(certificate, current));
    }
}
