package org.dnacademy.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One job's row in {@code job_lease}: which instance holds it and until when. The rule of taking
 * it lives here; {@link Leases} reads the row under its row lock, so two instances asking at the
 * same moment are answered one after the other.
 */
@Entity
@Table(name = "job_lease")
class JobLease {

    @Id
    @Column(length = 64)
    private String job;

    @Column(nullable = false, length = 200)
    private String holder;

    @Column(name = "held_until", nullable = false)
    private Instant heldUntil;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected JobLease() {
    }

    /** A new row, held by nobody: free from the start ({@link Leases} writes the same row in SQL). */
    JobLease(String job, Instant now) {
        this.job = Objects.requireNonNull(job);
        this.holder = "";
        this.takenAt = now;
        this.heldUntil = Instant.EPOCH;
    }

    /**
     * Takes the job for {@code hold} when {@code instance} already holds it (it renews its own
     * lease) or the lease ran out at least half a {@code hold} ago. That half is the holder's head
     * start: a live holder, whose timer fires a moment after its lease ran out, keeps the job
     * rather than losing it to whichever instance's timer fired first; a dead one's job is taken
     * over within one and a half holds and a timer period.
     *
     * @return whether {@code instance} holds the job now
     */
    boolean take(String instance, Instant now, Duration hold) {
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("a lease is held for some time, not " + hold);
        }
        if (holder.equals(instance) || !heldUntil.plus(hold.dividedBy(2)).isAfter(now)) {
            holder = instance;
            takenAt = now;
            heldUntil = now.plus(hold);
            return true;
        }
        return false;
    }

    /** Marks who did the work of a lock held for a transaction; no lease outlives the lock. */
    void lockedBy(String instance, Instant now) {
        holder = instance;
        takenAt = now;
        heldUntil = Instant.EPOCH;
    }

    String getHolder() {
        return holder;
    }

    Instant getHeldUntil() {
        return heldUntil;
    }
}
