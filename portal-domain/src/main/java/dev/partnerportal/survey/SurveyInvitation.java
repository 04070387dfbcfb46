package dev.partnerportal.survey;

import dev.partnerportal.shared.EmailAddresses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A personal link to one wave for someone without a login. Only the SHA-256 of the token is stored. */
@Entity
@Table(name = "survey_invitation")
class SurveyInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "wave_id", nullable = false)
    private long waveId;

    @Column(nullable = false, length = EmailAddresses.MAX_LENGTH)
    private String email;

    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The portal language chosen for the recipient when inviting; null: none chosen. */
    @Column(length = 8)
    private @Nullable String language;

    protected SurveyInvitation() {
    }

    SurveyInvitation(long waveId, String email, @Nullable Long organizationId, String tokenHash,
                     @Nullable String language, Instant createdAt) {
        this.language = language;
        this.waveId = waveId;
        this.email = EmailAddresses.normalize(email);
        this.organizationId = organizationId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    long getId() {
        return Objects.requireNonNull(id, "not yet persisted");
    }

    long getWaveId() {
        return waveId;
    }

    String getEmail() {
        return email;
    }

    @Nullable Locale getLanguage() {
        return language == null ? null : Locale.forLanguageTag(language);
    }

    @Nullable Long getOrganizationId() {
        return organizationId;
    }
}
