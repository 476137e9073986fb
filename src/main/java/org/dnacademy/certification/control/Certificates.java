package org.dnacademy.certification.control;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateKind;
import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.certification.entity.HeldCertificates;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Settings;
import org.dnacademy.progress.control.ModulePassed;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.control.SkillApproved;
import org.dnacademy.progress.entity.SkillCompetence;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * Issuing, finding, judging and revoking certificates. A module certificate is issued in the same
 * transaction that grades the passing attempt, exactly once per attempt; when every module holds
 * a current certificate and every required practical skill is signed off, the programme
 * certificate follows. Dates are UTC calendar dates.
 */
@Stateless
public class Certificates {

    public static final String PROGRAMME_TITLE = "DN Academy dry needling programme";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PracticalSkills practicalSkills;

    /** Issues the module certificate for a passed attempt (once), superseding the holder's previous one. */
    public void issueFor(@Observes ModulePassed passed) {
        String key = "attempt:" + passed.attemptId();
        if (findByIssueKey(key).isPresent()) {
            return;
        }
        Account holder = accounts.get(passed.accountId());
        ModuleVersion module = em.find(ModuleVersion.class, passed.moduleVersionId());
        var issuedAt = passed.passedAt();
        var certificate = Certificate.forModule(newCode(), holder.getId(), holder.getDisplayName(), module, passed.attemptId(),
                passed.scorePercent(), issuedAt, LocalDate.ofInstant(issuedAt, ZoneOffset.UTC));
        em.persist(certificate);
        em.flush();
        audit.record(holder.getEmail(), AuditAction.CERTIFICATE_ISSUED, certificate.getCode(),
                module.getModuleKey() + " version " + module.getShortVersion() + ", attempt " + passed.attemptId());
        supersedePrevious(certificate);
        issueProgrammeIfComplete(holder);
    }

    /** What the holder holds: the one place that says which certificate counts for a module or the programme. */
    public HeldCertificates held(long accountId) {
        return new HeldCertificates(ofAccount(accountId));
    }

    /** {@link #held} for many holders in one statement; a holder of nothing holds an empty set. */
    public java.util.Map<Long, HeldCertificates> heldBy(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, List<Certificate>> byHolder = new java.util.HashMap<>();
        if (!accountIds.isEmpty()) {
            for (Certificate certificate : em.createQuery("SELECT c FROM Certificate c WHERE c.accountId IN :accounts "
                    + "ORDER BY c.issuedAt DESC, c.id DESC", Certificate.class).setParameter("accounts", accountIds).getResultList()) {
                byHolder.computeIfAbsent(certificate.getAccountId(), id -> new ArrayList<>()).add(certificate);
            }
        }
        java.util.Map<Long, HeldCertificates> held = new java.util.HashMap<>();
        for (Long id : accountIds) {
            held.put(id, new HeldCertificates(byHolder.getOrDefault(id, List.of())));
        }
        return held;
    }

    /** The holder's certificates, newest first, including superseded and revoked ones. */
    public List<Certificate> ofAccount(long accountId) {
        return em.createNamedQuery(Certificate.BY_ACCOUNT, Certificate.class).setParameter("account", accountId).getResultList();
    }

    public List<Certificate> all() {
        return em.createNamedQuery(Certificate.ALL, Certificate.class).getResultList();
    }

    /**
     * One page of the certificates whose holder's name, code or subject contains the text (any
     * case), newest first; chosen, counted and paged by the database. Without a text every
     * certificate matches, and the page is read in the order of the index on the issue time.
     */
    public org.dnacademy.platform.Paged<Certificate> search(String text, int page, int pageSize) {
        String where = where(text);
        var count = em.createQuery("SELECT COUNT(c) FROM Certificate c" + where, Long.class);
        long total = withPattern(count, text).getSingleResult();
        return org.dnacademy.platform.Paged.of(total, page, pageSize, (first, size) -> withPattern(em.createQuery("SELECT c FROM Certificate c"
                + where + NEWEST_FIRST, Certificate.class), text).setFirstResult(first).setMaxResults(size).getResultList());
    }

    /** Every certificate {@link #search} finds for the text, newest first. */
    public List<Certificate> matching(String text) {
        return withPattern(em.createQuery("SELECT c FROM Certificate c" + where(text) + NEWEST_FIRST, Certificate.class), text)
                .getResultList();
    }

    private static final String MATCHING = " WHERE LOWER(c.holderName) LIKE :pattern ESCAPE '\\' "
            + "OR LOWER(c.code) LIKE :pattern ESCAPE '\\' OR LOWER(c.certifiedFor) LIKE :pattern ESCAPE '\\'";

    /** The order of the index certificate_newest (migration V15). */
    private static final String NEWEST_FIRST = " ORDER BY c.issuedAt DESC, c.id DESC";

    private static boolean everyCertificate(String text) {
        return text == null || text.isBlank();
    }

    private static String where(String text) {
        return everyCertificate(text) ? "" : MATCHING;
    }

    private static <Q extends jakarta.persistence.Query> Q withPattern(Q query, String text) {
        if (!everyCertificate(text)) {
            query.setParameter("pattern", org.dnacademy.platform.Text.likeContaining(text));
        }
        return query;
    }

    public Optional<Certificate> find(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    public Certificate get(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id)).orElseThrow(() -> new NotFoundException("certificate " + id));
    }

    /** The certificate a typed or scanned code names; empty for unknown and malformed codes alike. */
    public Optional<Certificate> findByCode(String typed) {
        return CertificateCode.normalise(typed).flatMap(code -> em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
                .setParameter("code", code).getResultStream().findFirst());
    }

    /** Its status today, including whether a module change requires the holder to recertify. */
    public CertificateStatus statusOf(Certificate certificate) {
        return statusOf(certificate, recertifyBy(certificate, curriculum::findCurrent));
    }

    /**
     * {@link #statusOf(Certificate)} for lists: judged against these current module versions (as
     * {@link CurriculumCatalog#currentModules} gives them, read once for the whole list) rather
     * than one look-up of the current version per certificate.
     */
    public CertificateStatus statusOf(Certificate certificate, List<ModuleVersion> currentModules) {
        return statusOf(certificate, recertifyBy(certificate,
                key -> currentModules.stream().filter(m -> m.getModuleKey().equals(key)).findFirst()));
    }

    private CertificateStatus statusOf(Certificate certificate, Optional<LocalDate> recertifyByDate) {
        LocalDate recertifyBy = recertifyByDate.orElse(null);
        CertificateStatus status = certificate.status(today(), expiringWindowDays(), recertifyBy);
        // Past the recertification deadline, an outdated certificate has lapsed.
        if (status == CertificateStatus.RECERTIFICATION_REQUIRED && today().isAfter(recertifyBy)) {
            return CertificateStatus.EXPIRED;
        }
        return status;
    }

    /**
     * The date by which the holder must recertify because the module changed since the certificate
     * was issued and the change requires it; never later than the certificate's own expiry.
     */
    public Optional<LocalDate> recertifyBy(Certificate certificate) {
        return recertifyBy(certificate, curriculum::findCurrent);
    }

    private Optional<LocalDate> recertifyBy(Certificate certificate,
            java.util.function.Function<String, Optional<ModuleVersion>> currentVersion) {
        if (certificate.getKind() != CertificateKind.MODULE || certificate.getModuleVersion() == null) {
            return Optional.empty();
        }
        return currentVersion.apply(certificate.getModuleKey())
                .filter(current -> !current.getId().equals(certificate.getModuleVersion().getId()))
                .filter(current -> current.getLoadedAt().isAfter(certificate.getIssuedAt()))
                .flatMap(this::recertificationDeadline)
                .map(deadline -> deadline.isBefore(certificate.getExpiresOn()) ? deadline : certificate.getExpiresOn());
    }

    /**
     * When this module version requires it, the date by which holders of certificates for older
     * versions must recertify: the day it was loaded plus the recertification period.
     */
    public Optional<LocalDate> recertificationDeadline(ModuleVersion current) {
        return current.isChangeRequiresRecertification()
                ? Optional.of(LocalDate.ofInstant(current.getLoadedAt(), ZoneOffset.UTC).plusDays(recertificationDays()))
                : Optional.empty();
    }

    public void revoke(String actorEmail, long certificateId, String writtenReason) {
        Certificate certificate = get(certificateId);
        String reason = writtenReason == null ? "" : org.dnacademy.platform.Text.lines(writtenReason, "The reason");
        certificate.revoke(actorEmail, reason, clock.instant());
        audit.record(actorEmail, AuditAction.CERTIFICATE_REVOKED, certificate.getCode(), reason);
    }

    public int expiringWindowDays() {
        return Settings.current().expiringWindowDays();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private int recertificationDays() {
        return Settings.current().recertificationDays();
    }

    private void supersedePrevious(Certificate successor) {
        for (Certificate previous : ofAccount(successor.getAccountId())) {
            boolean sameSubject = previous.getKind() == successor.getKind()
                    && java.util.Objects.equals(previous.getModuleKey(), successor.getModuleKey());
            if (sameSubject && !previous.getId().equals(successor.getId()) && previous.getSupersededAt() == null) {
                previous.supersedeWith(successor, clock.instant());
                audit.record(AuditLog.SYSTEM, AuditAction.CERTIFICATE_SUPERSEDED, previous.getCode(), "by " + successor.getCode());
            }
        }
    }

    /** A practical skill was approved: the programme certificate may now be complete. */
    public void skillApproved(@Observes SkillApproved approved) {
        issueProgrammeIfComplete(accounts.get(approved.accountId()));
    }

    private void issueProgrammeIfComplete(Account holder) {
        if (!practicalSkills.requiredSkillsApproved(holder.getId())) {
            return;
        }
        LocalDate today = today();
        HeldCertificates held = held(holder.getId());
        List<Certificate> moduleCertificates = new ArrayList<>();
        for (ModuleVersion module : curriculum.currentModules()) {
            Optional<Certificate> valid = held.validForModule(module.getModuleKey(), today);
            if (valid.isEmpty()) {
                return;
            }
            moduleCertificates.add(valid.get());
        }
        if (moduleCertificates.isEmpty()) {
            return;
        }
        List<String> competence = practicalSkills.competence(holder.getId()).stream().filter(SkillCompetence::isComplete)
                .map(c -> c.signedOffRegions().isEmpty() ? c.skill().getTitle() : c.skill().getTitle() + " (" + String.join(", ", c.signedOffRegions()) + ")")
                .toList();
        var programme = Certificate.forProgramme(newCode(), holder.getId(), holder.getDisplayName(), PROGRAMME_TITLE,
                moduleCertificates, competence, clock.instant(), today);
        if (findByIssueKey(programmeKey(programme)).isPresent()) {
            return;
        }
        em.persist(programme);
        em.flush();
        audit.record(holder.getEmail(), AuditAction.CERTIFICATE_ISSUED, programme.getCode(), "programme certificate");
        supersedePrevious(programme);
    }

    private static String programmeKey(Certificate programme) {
        return programme.getIssueKey();
    }

    private Optional<Certificate> findByIssueKey(String key) {
        return em.createNamedQuery(Certificate.BY_ISSUE_KEY, Certificate.class).setParameter("key", key).getResultStream().findFirst();
    }

    private static String newCode() {
        return CertificateCode.generate(RANDOM);
    }
}
