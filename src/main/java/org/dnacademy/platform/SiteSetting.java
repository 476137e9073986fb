package org.dnacademy.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A setting administrators change while the site runs (unlike {@link Settings}, fixed at start-up). */
@Entity
@Table(name = "site_setting")
class SiteSetting {

    @Id
    @Column(name = "setting_key", length = 64)
    private String settingKey;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    protected SiteSetting() {
    }

    SiteSetting(String key, String value, Instant now, String by) {
        this.settingKey = key;
        change(value, now, by);
    }

    void change(String newValue, Instant now, String by) {
        this.value = newValue;
        this.changedAt = now;
        this.changedBy = by;
    }

    String getValue() {
        return value;
    }
}
