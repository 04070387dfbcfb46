package dev.partnerportal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A person's chosen channel for one kind. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "user_id")
        private Long userId;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", length = 40)
        private NotificationKind kind;

        protected Key() {
        }

        Key(Long userId, NotificationKind kind) {
            this.userId = userId;
            this.kind = kind;
        }

        NotificationKind kind() {
            return kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && userId.equals(key.userId) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(userId, kind);
        }
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationChannel channel;

    protected NotificationPreference() {
    }

    NotificationPreference(Key key, NotificationChannel channel) {
        this.key = key;
        this.channel = channel;
    }

    NotificationKind kind() {
        return key.kind();
    }

    NotificationChannel channel() {
        return channel;
    }

    void choose(NotificationChannel channel) {
        this.channel = channel;
    }
}
