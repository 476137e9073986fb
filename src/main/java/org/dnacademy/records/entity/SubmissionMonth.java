package org.dnacademy.records.entity;

import java.time.Instant;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The submitted attempts and passes of one settled calendar month (UTC), by every account: a
 * month that can no longer change, counted once ({@code records.control.SubmissionMonths}).
 */
@Entity
@Table(name = "submission_month")
public class SubmissionMonth {

    /** The month as {@code 2026-11}. */
    @Id
    @Column(name = "calendar_month", length = 7)
    private String calendarMonth;

    @Column(nullable = false)
    private long submitted;

    @Column(nullable = false)
    private long passed;

    @Column(name = "counted_at", nullable = false)
    private Instant countedAt;

    protected SubmissionMonth() {
    }

    public SubmissionMonth(YearMonth month, long submitted, long passed, Instant countedAt) {
        if (passed < 0 || passed > submitted) {
            throw new IllegalArgumentException("passed " + passed + " of " + submitted + " submitted");
        }
        this.calendarMonth = month.toString();
        this.submitted = submitted;
        this.passed = passed;
        this.countedAt = countedAt;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(calendarMonth);
    }

    public long getSubmitted() {
        return submitted;
    }

    public long getPassed() {
        return passed;
    }
}
