package org.dnacademy.records.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A trainee in a cohort, or a supervisor of it. */
@Entity
@Table(name = "cohort_member")
@IdClass(CohortMember.Key.class)
@NamedQuery(name = CohortMember.OF_COHORT, query = "SELECT m FROM CohortMember m WHERE m.cohortId = :cohort")
@NamedQuery(name = CohortMember.COHORTS_SUPERVISED_BY,
        query = "SELECT m.cohortId FROM CohortMember m WHERE m.accountId = :account AND m.role = org.dnacademy.records.entity.CohortRole.SUPERVISOR")
@NamedQuery(name = CohortMember.SUPERVISES_TRAINEE, query = "SELECT COUNT(t) FROM CohortMember s, CohortMember t "
        + "WHERE s.accountId = :supervisor AND s.role = org.dnacademy.records.entity.CohortRole.SUPERVISOR "
        + "AND t.cohortId = s.cohortId AND t.accountId = :trainee AND t.role = org.dnacademy.records.entity.CohortRole.TRAINEE")
public class CohortMember {

    public static final String OF_COHORT = "CohortMember.ofCohort";
    public static final String COHORTS_SUPERVISED_BY = "CohortMember.cohortsSupervisedBy";
    public static final String SUPERVISES_TRAINEE = "CohortMember.supervisesTrainee";

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", length = 16)
    private CohortRole role;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected CohortMember() {
    }

    public CohortMember(long cohortId, long accountId, CohortRole role, Instant addedAt) {
        this.cohortId = cohortId;
        this.accountId = accountId;
        this.role = Objects.requireNonNull(role);
        this.addedAt = Objects.requireNonNull(addedAt);
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getAccountId() {
        return accountId;
    }

    public CohortRole getRole() {
        return role;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private long cohortId;
        private long accountId;
        private CohortRole role;

        public Key() {
        }

        public Key(long cohortId, long accountId, CohortRole role) {
            this.cohortId = cohortId;
            this.accountId = accountId;
            this.role = role;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.cohortId == cohortId && key.accountId == accountId && key.role == role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, accountId, role);
        }
    }
}
