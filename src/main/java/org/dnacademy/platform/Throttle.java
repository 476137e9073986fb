package org.dnacademy.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Limits attempts (sign-ins, registrations, look-ups) by counting them in the database. Checking
 * and counting happen together under a row lock per bucket, so thirty simultaneous attempts are
 * judged one after the other against the limit, not all against the same count; the count holds
 * across restarts and across instances sharing the database; and memory holds nothing, however
 * many addresses send requests. Counted attempts older than a day are removed every ten minutes, by
 * one instance of a cluster.
 */
@Stateless
public class Throttle {

    /** No rule looks further back than this. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @jakarta.ejb.EJB
    Leases leases;

    /**
     * The result of an attempt: allowed (with what was counted, so a successful sign-in can be
     * forgiven) or refused with the wait.
     */
    public record Outcome(Optional<Duration> waitFor, List<Long> counted, List<String> buckets) {
        public boolean allowed() {
            return waitFor.isEmpty();
        }
    }

    /**
     * Counts one attempt against every limit, or refuses it and counts nothing when any limit says
     * to wait. Runs in its own transaction, so the count stands even if the caller's work fails.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome attempt(List<Limit> limits) {
        Throttle self = context.getBusinessObject(Throttle.class);
        for (Limit limit : limits) {
            try {
                self.ensureBucket(key(limit.bucket()), limit.subject());
            } catch (EJBException created) {
                // Another request created the bucket at the same moment: it exists now either way.
            }
        }
        // The bucket locks are held for a moment only; a wait the database gives up on is tried again.
        return Contention.retried(() -> self.countIfAllowed(limits));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureBucket(String key, String subject) {
        if (em.find(ThrottleBucket.class, key) == null) {
            em.persist(new ThrottleBucket(key, subject, clock.instant()));
            em.flush();
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome countIfAllowed(List<Limit> limits) {
        Instant now = clock.instant();
        List<String> keys = limits.stream().map(limit -> key(limit.bucket())).toList();
        // Locked in one order, so two requests with overlapping buckets cannot wait on each other.
        keys.stream().distinct().sorted(Comparator.naturalOrder())
                .forEach(key -> em.find(ThrottleBucket.class, key, LockModeType.PESSIMISTIC_WRITE));
        Duration longest = Duration.ZERO;
        for (int i = 0; i < limits.size(); i++) {
            Limit.Rule rule = limits.get(i).rule();
            List<Instant> recent = em.createQuery("SELECT h.hitAt FROM ThrottleHit h WHERE h.bucketKey = :key AND h.hitAt > :since "
                    + "ORDER BY h.hitAt", Instant.class)
                    .setParameter("key", keys.get(i)).setParameter("since", now.minus(rule.window())).getResultList();
            Optional<Duration> wait = rule.waitBefore(recent, now);
            if (wait.isPresent() && wait.get().compareTo(longest) > 0) {
                longest = wait.get();
            }
        }
        if (!longest.isZero()) {
            return new Outcome(Optional.of(longest), List.of(), keys);
        }
        List<Long> counted = new ArrayList<>();
        for (String key : keys) {
            var hit = new ThrottleHit(key, now);
            em.persist(hit);
            em.flush();
            counted.add(hit.getId());
        }
        return new Outcome(Optional.empty(), counted, keys);
    }

    /**
     * Takes back what an allowed attempt counted (a sign-in that succeeded is no failure). In a
     * transaction of its own, like {@link #clear} and {@link #clearSubject}: the rows it deletes are
     * the ones every other attempt in the same bucket reads, so they are not kept locked while the
     * caller's transaction goes on.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forgive(Outcome outcome) {
        if (!outcome.counted().isEmpty()) {
            em.createQuery("DELETE FROM ThrottleHit h WHERE h.id IN :ids").setParameter("ids", outcome.counted()).executeUpdate();
        }
    }

    /** Clears a bucket's count (a sign-in succeeded from this address for this account). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void clear(String bucket) {
        em.createQuery("DELETE FROM ThrottleHit h WHERE h.bucketKey = :key").setParameter("key", key(bucket)).executeUpdate();
    }

    /** Lifts every delay on an account's buckets: an administrator's decision. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int clearSubject(String subject) {
        return em.createQuery("DELETE FROM ThrottleHit h WHERE h.bucketKey IN (SELECT b.bucketKey FROM ThrottleBucket b WHERE b.subject = :subject)")
                .setParameter("subject", subject).executeUpdate();
    }

    /** Whether any of an account's buckets holds recent attempts, for the administrators' list. */
    public boolean hasRecentAttempts(String subject) {
        return em.createQuery("SELECT COUNT(h) FROM ThrottleHit h WHERE h.bucketKey IN "
                + "(SELECT b.bucketKey FROM ThrottleBucket b WHERE b.subject = :subject) AND h.hitAt > :since", Long.class)
                .setParameter("subject", subject).setParameter("since", clock.instant().minus(Duration.ofHours(1)))
                .getSingleResult() > 0;
    }

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void forgetOldAttempts() {
        if (!leases.claim("throttle-cleanup", Duration.ofMinutes(9))) {
            return;
        }
        Instant cutoff = clock.instant().minus(LONGEST_WINDOW);
        em.createQuery("DELETE FROM ThrottleHit h WHERE h.hitAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
        em.createQuery("DELETE FROM ThrottleBucket b WHERE b.createdAt < :cutoff AND NOT EXISTS "
                + "(SELECT h FROM ThrottleHit h WHERE h.bucketKey = b.bucketKey)").setParameter("cutoff", cutoff).executeUpdate();
    }

    static String key(String bucket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bucket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
