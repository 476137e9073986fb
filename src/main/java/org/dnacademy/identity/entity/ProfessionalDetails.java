package org.dnacademy.identity.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;

/**
 * What a person declares about their professional standing: their licence and, for those who
 * supervise, their dry needling experience. Requirement profiles ask for years of licensure of a
 * trainee and for qualified supervisors. Declared, not verified by the platform: each entry says
 * who recorded it and when, is never changed, and the latest entry of an account stands.
 */
@Entity
@Table(name = "professional_details")
@NamedQuery(name = ProfessionalDetails.OF_ACCOUNT,
        query = "SELECT d FROM ProfessionalDetails d WHERE d.accountId = :account ORDER BY d.recordedAt DESC, d.id DESC")
@NamedQuery(name = ProfessionalDetails.OF_ACCOUNTS,
        query = "SELECT d FROM ProfessionalDetails d WHERE d.accountId IN :accounts ORDER BY d.recordedAt DESC, d.id DESC")
public class ProfessionalDetails {

    public static final String OF_ACCOUNT = "ProfessionalDetails.ofAccount";
    public static final String OF_ACCOUNTS = "ProfessionalDetails.ofAccounts";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false, length = 120)
    private String profession;

    @Column(name = "licence_jurisdiction", nullable = false, updatable = false, length = 120)
    private String licenceJurisdiction;

    @Column(name = "licence_number", updatable = false, length = 60)
    private String licenceNumber;

    @Column(name = "licensed_since", nullable = false, updatable = false)
    private LocalDate licensedSince;

    @Column(name = "dry_needling_since", updatable = false)
    private LocalDate dryNeedlingSince;

    @Column(name = "dry_needling_sessions", updatable = false)
    private Integer dryNeedlingSessions;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    protected ProfessionalDetails() {
    }

    public ProfessionalDetails(long accountId, String profession, String licenceJurisdiction, String licenceNumber, LocalDate licensedSince,
            LocalDate dryNeedlingSince, Integer dryNeedlingSessions, long recordedBy, Instant recordedAt) {
        this.accountId = accountId;
        this.profession = Objects.requireNonNull(profession);
        this.licenceJurisdiction = Objects.requireNonNull(licenceJurisdiction);
        this.licenceNumber = licenceNumber;
        this.licensedSince = Objects.requireNonNull(licensedSince);
        this.dryNeedlingSince = dryNeedlingSince;
        this.dryNeedlingSessions = dryNeedlingSessions;
        this.recordedBy = recordedBy;
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** Whole years licensed on {@code day}. */
    public int yearsLicensed(LocalDate day) {
        return day.isBefore(licensedSince) ? 0 : Period.between(licensedSince, day).getYears();
    }

    /** Whole years of dry needling practice on {@code day}; 0 when none declared. */
    public int yearsDryNeedling(LocalDate day) {
        return dryNeedlingSince == null || day.isBefore(dryNeedlingSince) ? 0 : Period.between(dryNeedlingSince, day).getYears();
    }

    public int dryNeedlingSessionsOrZero() {
        return dryNeedlingSessions == null ? 0 : dryNeedlingSessions;
    }

    /** One line for a record: "Physiotherapist, licensed in Alberta since 2015-03-01; dry needling since 2018 (400 sessions)". */
    public String summary() {
        StringBuilder text = new StringBuilder(profession).append(", licensed in ").append(licenceJurisdiction).append(" since ")
                .append(licensedSince);
        if (dryNeedlingSince != null) {
            text.append("; dry needling since ").append(dryNeedlingSince);
            if (dryNeedlingSessions != null) {
                text.append(" (").append(dryNeedlingSessions).append(" sessions declared)");
            }
        }
        return text.toString();
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getProfession() {
        return profession;
    }

    public String getLicenceJurisdiction() {
        return licenceJurisdiction;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getLicensedSince() {
        return licensedSince;
    }

    public LocalDate getDryNeedlingSince() {
        return dryNeedlingSince;
    }

    public Integer getDryNeedlingSessions() {
        return dryNeedlingSessions;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public String getSummary() {
        return summary();
    }
}
