package org.dnacademy.certification.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dnacademy.platform.Ids;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * Evidence that a clinician passed a module (or the whole programme). The facts on it are copied
 * at issue and never change; later events only add to it: superseded by a recertification, or
 * revoked with a reason. Certificates are never deleted.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_CODE, query = "SELECT c FROM Certificate c WHERE c.code = :code")
@NamedQuery(name = Certificate.BY_ACCOUNT, query = "SELECT c FROM Certificate c WHERE c.accountId = :account ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(name = Certificate.ALL, query = "SELECT c FROM Certificate c ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(name = Certificate.BY_ISSUE_KEY, query = "SELECT c FROM Certificate c WHERE c.issueKey = :key")
public class Certificate {

    public static final String BY_CODE = "Certificate.byCode";
    public static final String BY_ACCOUNT = "Certificate.byAccount";
    public static final String ALL = "Certificate.all";
    public static final String BY_ISSUE_KEY = "Certificate.byIssueKey";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private CertificateKind kind;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "holder_name", nullable = false, updatable = false, length = 120)
    private String holderName;

    @Column(name = "module_key", updatable = false, length = 64)
    private String moduleKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    @Column(name = "certified_for", nullable = false, updatable = false, length = 300)
    private String certifiedFor;

    @Column(name = "score_percent", updatable = false)
    private Integer scorePercent;

    @Column(name = "attempt_id", updatable = false)
    private Long attemptId;

    @Column(name = "issue_key", nullable = false, updatable = false, unique = true, length = 400)
    private String issueKey;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 254)
    private String revokedBy;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    /** CPD hours certified: the module's declared hours, or the sum for the programme; null before hours were recorded. */
    @Column(name = "cpd_hours", updatable = false, precision = 6, scale = 1)
    private java.math.BigDecimal cpdHours;

    /** Programme only: the practical skills signed off at issue, with their regions, one per line. */
    @Column(updatable = false, length = 4000)
    private String competence;

    @Version
    private long version;

    protected Certificate() {
    }

    /** A module certificate for a passed attempt. */
    public static Certificate forModule(String code, long accountId, String holderName, ModuleVersion module, long attemptId,
            int scorePercent, Instant issuedAt, LocalDate issuedOn) {
        var certificate = new Certificate(code, CertificateKind.MODULE, accountId, holderName, module.getTitle(),
                "attempt:" + attemptId, issuedAt, issuedOn, CertificateExpiry.expiresOn(issuedOn, module.getValidityMonths()));
        certificate.moduleKey = module.getModuleKey();
        certificate.moduleVersion = module;
        certificate.attemptId = attemptId;
        certificate.scorePercent = scorePercent;
        certificate.cpdHours = module.getCpdHours();
        return certificate;
    }

    /**
     * The programme certificate, resting on one valid certificate per module; it expires with the
     * first of them.
     */
    public static Certificate forProgramme(String code, long accountId, String holderName, String programmeTitle,
            java.util.List<Certificate> moduleCertificates, java.util.List<String> competence, Instant issuedAt, LocalDate issuedOn) {
        LocalDate expires = moduleCertificates.stream().map(Certificate::getExpiresOn).min(LocalDate::compareTo).orElseThrow();
        String key = "programme:" + accountId + ":" + moduleCertificates.stream().map(c -> String.valueOf(c.getId()))
                .sorted().reduce((a, b) -> a + "," + b).orElseThrow();
        var certificate = new Certificate(code, CertificateKind.PROGRAMME, accountId, holderName, programmeTitle, key, issuedAt, issuedOn,
                expires);
        certificate.cpdHours = moduleCertificates.stream().map(Certificate::getCpdHours).filter(Objects::nonNull)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        String lines = String.join("\n", competence);
        certificate.competence = lines.isEmpty() ? null : lines.length() <= 4000 ? lines : lines.substring(0, 3999) + "\u2026";
        return certificate;
    }

    private Certificate(String code, CertificateKind kind, long accountId, String holderName, String certifiedFor,
            String issueKey, Instant issuedAt, LocalDate issuedOn, LocalDate expiresOn) {
        this.code = Objects.requireNonNull(code);
        this.kind = kind;
        this.accountId = accountId;
        this.holderName = Objects.requireNonNull(holderName);
        this.certifiedFor = Objects.requireNonNull(certifiedFor);
        this.issueKey = issueKey.length() <= 400 ? issueKey : issueKey.substring(0, 400);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.issuedOn = Objects.requireNonNull(issuedOn);
        this.expiresOn = Objects.requireNonNull(expiresOn);
    }

    /** A newer certificate for the same thing replaces this one; this one stays as history. */
    public void supersedeWith(Certificate successor, Instant now) {
        if (supersededAt == null) {
            supersededAt = now;
            supersededById = successor.getId();
        }
    }

    public void revoke(String by, String reason, Instant now) {
        if (revokedAt != null) {
            throw new RejectedException("This certificate was already revoked on " + revokedAt.toString().substring(0, 10) + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new RejectedException("Give the reason for revoking the certificate; it is kept with the record.");
        }
        if (reason.strip().length() > 1000) {
            throw new RejectedException("Keep the reason under 1,000 characters.");
        }
        this.revokedAt = now;
        this.revokedBy = Objects.requireNonNull(by);
        this.revocationReason = reason.strip();
    }

    /** Valid, expiring soon, expired, revoked, superseded or recertification required, on {@code today}. */
    public CertificateStatus status(LocalDate today, int expiringWindowDays, LocalDate recertifyBy) {
        return CertificateExpiry.status(expiresOn, revokedAt, supersededAt, recertifyBy, today, expiringWindowDays);
    }

    public boolean isCurrent() {
        return revokedAt == null && supersededAt == null;
    }

    /** Neither revoked nor replaced, and not past its expiry date on {@code today}. */
    public boolean isValidOn(LocalDate today) {
        return isCurrent() && !expiresOn.isBefore(today);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public java.math.BigDecimal getCpdHours() {
        return cpdHours;
    }

    /** The practical skills (with regions) signed off when the programme certificate was issued; empty for a module certificate. */
    public java.util.List<String> getCompetence() {
        return competence == null ? java.util.List.of() : java.util.List.of(competence.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public String getCertifiedFor() {
        return certifiedFor;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public Long getSupersededById() {
        return supersededById;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
