package org.dnacademy.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One counted attempt in a throttle bucket. */
@Entity
@Table(name = "throttle_hit")
class ThrottleHit {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "bucket_key", nullable = false, updatable = false, length = 64)
    private String bucketKey;

    @Column(name = "hit_at", nullable = false, updatable = false)
    private Instant hitAt;

    protected ThrottleHit() {
    }

    ThrottleHit(String bucketKey, Instant hitAt) {
        this.bucketKey = bucketKey;
        this.hitAt = hitAt;
    }

    Long getId() {
        return id;
    }
}
