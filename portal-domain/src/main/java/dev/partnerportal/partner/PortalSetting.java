package dev.partnerportal.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A setting an administrator changed at run time; without a row the configured default applies. */
@Entity
@Table(name = "portal_setting")
class PortalSetting {

    @Id
    @Column(length = 80)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    protected PortalSetting() {
    }

    PortalSetting(String name, String value, Instant changedAt, String changedBy) {
        this.name = Objects.requireNonNull(name);
        change(value, changedAt, changedBy);
    }

    void change(String newValue, Instant at, String by) {
        this.value = Objects.requireNonNull(newValue);
        this.changedAt = Objects.requireNonNull(at);
        this.changedBy = Objects.requireNonNull(by);
    }

    String value() {
        return value;
    }
}
