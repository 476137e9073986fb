package org.dnacademy.platform;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Work that must happen once across every instance sharing the database, not once per instance.
 * Each job is a row of {@code job_lease}, read under its row lock, so it works the same on Derby
 * and PostgreSQL and needs nothing beside the database. Two ways to use it:
 *
 * <pre>
 * // A timer that fires on every instance: only the instance holding the lease does the work.
 * &#64;Schedule(hour = "*", minute = "*", second = "*&#47;15", persistent = false)
 * void closeOverdue() {
 *     if (leases.claim("overdue-attempts", Duration.ofSeconds(10))) {
 *         ...
 *     }
 * }
 *
 * // Start-up work: the second instance waits until the first has committed, then finds it done.
 * &#64;PostConstruct
 * void atStartup() {
 *     leases.lockUntilCommit("curriculum-load");
 *     ...
 * }
 * </pre>
 *
 * <p>{@link #claim} gives the job to this instance for {@code hold} when nobody else holds it; the
 * holder renews it each time it asks, so one instance keeps a job while it lives, and another takes
 * over once a dead holder's lease has run out. Choose {@code hold} a little shorter than the timer's
 * period (the next tick must find it free) and longer than the clocks of the instances differ; the
 * work itself should still be safe to repeat (a lease does not survive a pause longer than
 * {@code hold}), which is why graded attempts and e-mails are also locked row by row.
 *
 * <p>{@link #lockUntilCommit} holds the job's row lock until the caller's transaction ends; it
 * needs one.
 */
@Stateless
public class Leases {

    private static final Logger LOG = Logger.getLogger(Leases.class.getName());

    /** This instance as {@code job_lease.holder} names it: host, process id and a random part (a restart is another holder). */
    public static final String INSTANCE = hostName() + "/" + ProcessHandle.current().pid() + "/"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DataSourceDefinitionHolder.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @jakarta.ejb.EJB
    DatabaseMigrations migrations;

    /**
     * Whether this instance should do the job now: true when it holds the job's lease for the
     * next {@code hold}, false when another live instance does. Commits on its own, whatever the
     * caller's work does after.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean claim(String job, Duration hold) {
        migrations.awaitSchema();
        Leases self = context.getBusinessObject(Leases.class);
        self.ensureRow(job);
        try {
            return self.take(job, hold);
        } catch (EJBException e) {
            // The database refused the lock in time (another instance is busy with the row): not ours this time.
            LOG.fine(() -> "Lease " + job + " not taken: " + e.getMessage());
            return false;
        }
    }

    /**
     * Holds the job's row lock until the caller's transaction ends, so the same job on another
     * instance waits here and then sees this one's committed work.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void lockUntilCommit(String job) {
        context.getBusinessObject(Leases.class).ensureRow(job);
        em.find(JobLease.class, job, LockModeType.PESSIMISTIC_WRITE).lockedBy(INSTANCE, clock.instant());
        em.flush();
    }

    /** Public for the container's transaction only: use {@link #claim}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean take(String job, Duration hold) {
        JobLease lease = em.find(JobLease.class, job, LockModeType.PESSIMISTIC_WRITE);
        String before = lease.getHolder();
        boolean taken = lease.take(INSTANCE, clock.instant(), hold);
        if (taken && !before.equals(INSTANCE)) {
            LOG.info(() -> "This instance (" + INSTANCE + ") now runs " + job + (before.isEmpty() ? "" : ", after " + before));
        }
        return taken;
    }

    /**
     * Public for the container's transaction only. Creates the job's row on first use, free. Two instances creating it together leave one row:
     * the second insert fails on the primary key (SQLState 23505 on Derby and PostgreSQL alike),
     * quietly, in plain JDBC outside any transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void ensureRow(String job) {
        if (em.find(JobLease.class, job) != null) {
            return;
        }
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("INSERT INTO job_lease (job, holder, held_until, taken_at) VALUES (?, '', ?, ?)")) {
            insert.setString(1, job);
            insert.setTimestamp(2, Timestamp.from(Instant.EPOCH)); // free from the start
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw new IllegalStateException("The lease row of " + job + " cannot be created", e);
            }
        }
    }

    private static String hostName() {
        String name = ManagementFactory.getRuntimeMXBean().getName(); // "pid@host"
        return name.substring(name.indexOf('@') + 1);
    }
}
