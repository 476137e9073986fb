package org.dnacademy.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one throttle counts: an account and address pair, an address, an account. Requests lock its
 * row while they count and record their attempt, so simultaneous attempts are taken one by one.
 */
@Entity
@Table(name = "throttle_bucket")
class ThrottleBucket {

    /** SHA-256 of what is counted, so addresses and e-mail addresses are not kept in the key. */
    @Id
    @Column(name = "bucket_key", length = 64)
    private String bucketKey;

    /** The account a bucket is about, so an administrator can lift its delays; null for addresses. */
    @Column(length = 254)
    private String subject;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ThrottleBucket() {
    }

    ThrottleBucket(String key, String subject, Instant createdAt) {
        this.bucketKey = key;
        this.subject = subject;
        this.createdAt = createdAt;
    }

    String getKey() {
        return bucketKey;
    }
}
