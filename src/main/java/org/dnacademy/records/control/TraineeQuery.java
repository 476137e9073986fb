package org.dnacademy.records.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.progress.control.ModuleStatus;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * The completion dashboard's filters and sort order as one SQL statement over the account table,
 * so the database chooses, counts and pages the trainees and only the shown page of records is
 * assembled in Java, however many trainees a programme has.
 *
 * <p>Every condition is a correlated {@code EXISTS} or {@code COUNT} over indexed columns (module
 * passes, lessons read per module version and certificates by account), in SQL that Derby and PostgreSQL both
 * run. The statuses restate, row by row, the rules that decide them for one trainee:
 * {@link org.dnacademy.progress.control.ModuleProgress#status()} for a module and
 * {@link org.dnacademy.certification.control.Certificates#statusOf} for a certificate.
 * CertificationIT checks that both give the same trainees for every status and module.
 *
 * <p>Values from the request (the search text, the page) and dates are bound as parameters; only
 * what the server itself produced (database ids, the curriculum's module keys) is written into the
 * text, which therefore stays the same from page to page and day to day.
 */
final class TraineeQuery {

    /** The trainees a viewer may see: everyone, or the trainees of these cohorts. */
    record Scope(boolean everyone, List<Long> cohortIds) {

        /**
         * Everyone for an administrator without a cohort, otherwise the trainees of the cohorts the
         * viewer may look into ({@link Cohorts#visibleTo}), narrowed to {@code cohortId} if set.
         */
        static Scope of(org.dnacademy.identity.entity.Account viewer, List<org.dnacademy.records.entity.Cohort> visible, Long cohortId) {
            List<Long> cohortIds = visible.stream().map(org.dnacademy.records.entity.Cohort::getId)
                    .filter(id -> cohortId == null || id.equals(cohortId)).toList();
            return new Scope(viewer.getRole() == org.dnacademy.identity.entity.Role.ADMIN && cohortId == null, cohortIds);
        }
    }

    /** How the certificate rules read the calendar today. */
    record Calendar(LocalDate today, int expiringWindowDays, Function<ModuleVersion, Optional<LocalDate>> recertificationDeadline) {
    }

    static final String CERTIFIED = "CERTIFIED";

    private static final java.util.regex.Pattern MODULE_KEY = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<ModuleVersion> modules;
    private final Calendar calendar;
    private final String sort;
    private final StringBuilder where = new StringBuilder("a.role = 'TRAINEE'");
    private final List<Object> parameters = new ArrayList<>();

    /**
     * @throws RejectedException for a module or status the dashboard does not know
     */
    TraineeQuery(Scope scope, CompletionRecords.Filter filter, List<ModuleVersion> modules, Calendar calendar) {
        this.modules = modules;
        this.calendar = calendar;
        this.sort = filter.sort() == null ? "" : filter.sort();
        List<ModuleVersion> inScope = modulesInScope(filter.moduleKey());
        restrictTo(scope);
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = org.dnacademy.platform.Text.likeContaining(filter.text());
            and("(LOWER(a.display_name) LIKE " + parameter(pattern) + " ESCAPE '\\' OR LOWER(a.email) LIKE "
                    + parameter(pattern) + " ESCAPE '\\')");
        }
        if (filter.overdueOnly()) {
            and("(SELECT MIN(c.due_date) FROM cohort c, cohort_member m WHERE m.cohort_id = c.id AND m.account_id = a.id "
                    + "AND m.member_role = 'TRAINEE') < " + parameter(calendar.today()) + " AND " + passedCount() + " < " + modules.size());
        }
        if (filter.expiringIn() != null && (filter.expiringIn() < 0 || filter.expiringIn() > 3660)) {
            throw new RejectedException("Give the days before expiry as a number from 0 to 3660.");
        }
        if (filter.expiringIn() != null) {
            and(inScope.isEmpty() ? "1 = 0" : "EXISTS (SELECT 1 FROM certificate c WHERE c.account_id = a.id AND c.kind = 'MODULE' AND c.module_key IN ("
                    + keys(inScope) + ") AND c.superseded_at IS NULL AND c.revoked_at IS NULL AND c.expires_on <= "
                    + parameter(calendar.today().plusDays(filter.expiringIn())) + ")");
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            and(status(filter.status(), inScope));
        }
    }

    /** Counts the matching trainees. */
    String countSql() {
        return "SELECT COUNT(*) FROM account a WHERE " + where;
    }

    /**
     * The matching trainees in the chosen order: by name (then e-mail), or by modules passed, most
     * or fewest first, then by name. The first column is the account id.
     *
     * @param max at most this many, starting after {@code first}; 0 for all
     */
    String idsSql(int first, int max) {
        boolean byProgress = "progress".equals(sort) || "least".equals(sort);
        String select = "SELECT a.id, LOWER(a.display_name) AS sort_name, a.email"
                + (byProgress ? ", " + passedCount() + " AS passed_count" : "");
        String order = (byProgress ? "passed_count" + ("progress".equals(sort) ? " DESC, " : ", ") : "") + "sort_name, a.email";
        // The window is bound, not written in: Derby compiles each distinct statement text anew and
        // keeps it in its statement cache, so a text per page would cost time and memory.
        String page = max > 0 ? " OFFSET ?" + (parameters.size() + 1) + " ROWS FETCH NEXT ?" + (parameters.size() + 2) + " ROWS ONLY" : "";
        return select + " FROM account a WHERE " + where + " ORDER BY " + order + page;
    }

    /** The values of {@code ?1, ?2, ...} in the count and in {@link #idsSql} for all trainees. */
    List<Object> parameters() {
        return parameters;
    }

    /** The values for {@link #idsSql} with a window: the conditions' and then the window's. */
    List<Object> parameters(int first, int max) {
        List<Object> values = new ArrayList<>(parameters);
        values.add(first);
        values.add(max);
        return values;
    }

    private List<ModuleVersion> modulesInScope(String moduleKey) {
        if (moduleKey == null || moduleKey.isBlank()) {
            return modules;
        }
        List<ModuleVersion> chosen = modules.stream().filter(m -> m.getModuleKey().equals(moduleKey)).toList();
        if (chosen.isEmpty()) {
            throw new RejectedException("There is no such module in the current curriculum.");
        }
        return chosen;
    }

    private void restrictTo(Scope scope) {
        if (scope.everyone()) {
            return;
        }
        if (scope.cohortIds().isEmpty()) {
            and("1 = 0");
            return;
        }
        and("a.id IN (SELECT m.account_id FROM cohort_member m WHERE m.member_role = 'TRAINEE' AND m.cohort_id IN ("
                + scope.cohortIds().stream().map(String::valueOf).collect(Collectors.joining(", ")) + "))");
    }

    /** A trainee matches a status when any module in scope is in it, or its certificate is. */
    private String status(String status, List<ModuleVersion> inScope) {
        if (status.equals(CERTIFIED)) {
            return "EXISTS (SELECT 1 FROM certificate c WHERE c.account_id = a.id AND c.kind = 'PROGRAMME' "
                    + "AND c.superseded_at IS NULL AND c.revoked_at IS NULL AND c.expires_on >= " + parameter(calendar.today()) + ")";
        }
        Optional<ModuleStatus> moduleStatus = enumNamed(ModuleStatus.class, status);
        Optional<CertificateStatus> certificateStatus = enumNamed(CertificateStatus.class, status);
        if (moduleStatus.isEmpty() && certificateStatus.isEmpty()) {
            throw new RejectedException("There is no such status to filter by: choose one from the list.");
        }
        List<String> any = new ArrayList<>();
        for (ModuleVersion module : inScope) {
            any.add(moduleStatus.isPresent() ? moduleIs(module, moduleStatus.get()) : certificateIs(module, certificateStatus.get()));
        }
        return "(" + String.join(" OR ", any) + ")";
    }

    /**
     * The rules of {@code ModuleProgress.status()}, in its order. Lessons count as read in the
     * wording of the module's current version: {@code module_reading} holds how many of them each
     * trainee has read ({@link org.dnacademy.progress.control.ModuleReadings}), and a trainee who has
     * read none has no row. The reading probe comes first, so most trainees are decided by it alone.
     */
    private String moduleIs(ModuleVersion module, ModuleStatus status) {
        String passed = passed(module.getModuleKey());
        String missingPrerequisite = module.getPrerequisites().isEmpty() ? "1 = 0"
                : module.getPrerequisites().stream().map(p -> "NOT " + passed(p)).collect(Collectors.joining(" OR ", "(", ")"));
        String open = "NOT " + passed + " AND NOT " + missingPrerequisite;
        int lessons = module.getLessons().size();
        return "(" + switch (status) {
            case PASSED -> passed;
            case LOCKED -> "NOT " + passed + " AND " + missingPrerequisite;
            case NOT_STARTED -> "NOT " + read(module, "> 0") + " AND " + open;
            case IN_PROGRESS -> read(module, "BETWEEN 1 AND " + (lessons - 1)) + " AND " + open;
            case READY_FOR_QUIZ -> (lessons == 0 ? "1 = 0" : read(module, ">= " + lessons)) + " AND " + open;
        } + ")";
    }

    private String passed(String moduleKey) {
        return "EXISTS (SELECT 1 FROM module_pass p WHERE p.account_id = a.id AND p.module_key = " + literal(moduleKey) + ")";
    }

    /** Whether the number of the module's current lessons the trainee has read meets {@code condition}. */
    private static String read(ModuleVersion module, String condition) {
        return "EXISTS (SELECT 1 FROM module_reading r WHERE r.account_id = a.id AND r.module_version_id = " + module.getId()
                + " AND r.lessons_read " + condition + ")";
    }

    /**
     * Current modules passed, whichever version the pass was for: the count that
     * {@link org.dnacademy.progress.control.ModulePasses} keeps in {@code modules_passed}, one
     * primary-key probe per trainee.
     */
    private String passedCount() {
        return modules.isEmpty() ? "0" : "COALESCE((SELECT s.passed_count FROM modules_passed s WHERE s.account_id = a.id), 0)";
    }

    /**
     * The rules of {@code Certificates.statusOf} for the module's certificate on the dashboard: the
     * one not superseded. A certificate for an older version is "outdated" when the current version
     * requires recertification and was loaded after it was issued; past the deadline it has lapsed.
     */
    private String certificateIs(ModuleVersion module, CertificateStatus status) {
        LocalDate today = calendar.today();
        Optional<LocalDate> deadline = calendar.recertificationDeadline().apply(module);
        String outdated = deadline.isEmpty() ? null
                : "(c.module_version_id <> " + module.getId() + " AND c.issued_at < (SELECT mv.loaded_at FROM module_version mv WHERE mv.id = "
                        + module.getId() + "))";
        boolean lapsed = deadline.isPresent() && today.isAfter(deadline.get());
        String upToDate = outdated == null ? "" : " AND NOT " + outdated;
        // Each branch binds only the dates it uses: every parameter must appear in the statement.
        String condition = switch (status) {
            case REVOKED -> "c.revoked_at IS NOT NULL";
            case SUPERSEDED -> "1 = 0";
            case EXPIRED -> "c.revoked_at IS NULL AND (c.expires_on < " + parameter(today) + (lapsed ? " OR " + outdated : "") + ")";
            case RECERTIFICATION_REQUIRED -> outdated == null || lapsed ? "1 = 0"
                    : "c.revoked_at IS NULL AND c.expires_on >= " + parameter(today) + " AND " + outdated;
            case EXPIRING_SOON -> "c.revoked_at IS NULL AND c.expires_on >= " + parameter(today) + " AND c.expires_on <= "
                    + parameter(today.plusDays(calendar.expiringWindowDays())) + upToDate;
            case VALID -> "c.revoked_at IS NULL AND c.expires_on > " + parameter(today.plusDays(calendar.expiringWindowDays())) + upToDate;
        };
        return "EXISTS (SELECT 1 FROM certificate c WHERE c.account_id = a.id AND c.kind = 'MODULE' AND c.module_key = "
                + literal(module.getModuleKey()) + " AND c.superseded_at IS NULL AND " + condition + ")";
    }

    private static String keys(List<ModuleVersion> chosen) {
        return chosen.stream().map(m -> literal(m.getModuleKey())).collect(Collectors.joining(", "));
    }

    /**
     * A module key from the curriculum, written into the text rather than bound, so the sort
     * column and the conditions share one parameter list. The curriculum reader allows only lower
     * case letters, digits and hyphens in keys; anything else is refused here too.
     */
    private static String literal(String moduleKey) {
        if (!MODULE_KEY.matcher(moduleKey).matches()) {
            throw new IllegalStateException("Not a module key: " + moduleKey);
        }
        return "'" + moduleKey + "'";
    }

    private void and(String condition) {
        where.append(" AND ").append(condition);
    }

    private String parameter(Object value) {
        parameters.add(value instanceof LocalDate date ? Date.valueOf(date) : value);
        return "?" + parameters.size();
    }

    private static <E extends Enum<E>> Optional<E> enumNamed(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
