package dev.partnerportal.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One partner organization's OpenID Connect provider. The client secret is stored encrypted only. */
@Entity
@Table(name = "sso_connection")
class SsoConnection {

    public static final int ISSUER_MAX_LENGTH = 500;
    public static final int CLIENT_ID_MAX_LENGTH = 200;
    public static final int CLIENT_SECRET_MAX_LENGTH = 500;
    public static final int ADMIN_GROUP_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(nullable = false)
    private String issuer;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    /** AES-GCM ciphertext (see {@link SecretCipher}). */
    @Column(name = "client_secret", nullable = false)
    private String encryptedSecret;

    @Column(name = "admin_group")
    private @Nullable String adminGroup;

    @Column(nullable = false)
    private boolean enforced;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected SsoConnection() {
    }

    SsoConnection(long organizationId, String issuer, String clientId, String encryptedSecret,
                  @Nullable String adminGroup, boolean enforced, Instant now) {
        this.organizationId = organizationId;
        change(issuer, clientId, encryptedSecret, adminGroup, enforced, now);
    }

    void change(String issuer, String clientId, String encryptedSecret, @Nullable String adminGroup,
                boolean enforced, Instant now) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.encryptedSecret = encryptedSecret;
        this.adminGroup = adminGroup;
        this.enforced = enforced;
        this.changedAt = now;
    }

    /** The registration id Spring Security's OAuth2 client knows this provider by. */
    String registrationId() {
        return SsoRegistrations.PARTNER_PREFIX + organizationId;
    }

    Long getId() {
        return id;
    }

    long getOrganizationId() {
        return organizationId;
    }

    String getIssuer() {
        return issuer;
    }

    String getClientId() {
        return clientId;
    }

    String getEncryptedSecret() {
        return encryptedSecret;
    }

    @Nullable String getAdminGroup() {
        return adminGroup;
    }

    boolean isEnforced() {
        return enforced;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    long getVersion() {
        return version;
    }
}
