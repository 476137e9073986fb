package org.dnacademy.records.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;

/** A group of trainees working through the programme together, with their supervisors and a due date. */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.ALL, query = "SELECT c FROM Cohort c ORDER BY c.name")
@NamedQuery(name = Cohort.BY_NAME, query = "SELECT c FROM Cohort c WHERE LOWER(c.name) = LOWER(:name)")
public class Cohort {

    public static final String ALL = "Cohort.all";
    public static final String BY_NAME = "Cohort.byName";
    public static final int NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    /** When the cohort should have completed the programme; trainees not done by then are overdue. */
    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The requirement profile (an id of {@code modules/requirements/}) the cohort works towards, or null. */
    @Column(name = "profile_key", length = 64)
    private String profileKey;

    /** Minutes of engaged reading a trainee needs in a module before its quiz opens, or null for none. */
    @Column(name = "min_reading_minutes")
    private Integer minReadingMinutes;

    protected Cohort() {
    }

    public Cohort(String name, LocalDate dueDate, Instant createdAt) {
        this.name = Objects.requireNonNull(name).strip();
        this.dueDate = dueDate;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** What the cohort asks of its trainees beyond the programme: a requirement profile and a minimum reading time. */
    public void require(String profileKey, Integer minReadingMinutes) {
        if (minReadingMinutes != null && (minReadingMinutes < 0 || minReadingMinutes > 600)) {
            throw new org.dnacademy.platform.RejectedException("Give a minimum reading time between 0 and 600 minutes per module, or none.");
        }
        this.profileKey = profileKey == null || profileKey.isBlank() ? null : profileKey;
        this.minReadingMinutes = minReadingMinutes == null || minReadingMinutes == 0 ? null : minReadingMinutes;
    }

    public String getProfileKey() {
        return profileKey;
    }

    public Integer getMinReadingMinutes() {
        return minReadingMinutes;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
