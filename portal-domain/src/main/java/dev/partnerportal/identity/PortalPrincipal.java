package dev.partnerportal.identity;

import dev.partnerportal.shared.Caller;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated person as Spring Security holds them in a session or for one API call.
 * Carries the {@link Caller} that services use for authorization and tenancy.
 */
public final class PortalPrincipal implements UserDetails, CredentialsContainer, Caller.Source, Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    private final Caller caller;
    private final String displayName;
    private final @Nullable String preferredLocaleTag;
    private final boolean enabled;
    private final long securityVersion;
    private @Nullable String passwordHash;

    PortalPrincipal(PortalUser user) {
        this.caller = user.caller();
        this.displayName = user.getDisplayName();
        var locale = user.getPreferredLocale();
        this.preferredLocaleTag = locale == null ? null : locale.toLanguageTag();
        this.enabled = user.isEnabled();
        this.securityVersion = user.getSecurityVersion();
        this.passwordHash = user.getPasswordHash();
    }

    @Override
    public Caller caller() {
        return caller;
    }

    public String displayName() {
        return displayName;
    }

    /** The language this person chose, if any; the browser's language applies otherwise. */
    public @Nullable Locale preferredLocale() {
        return preferredLocaleTag == null ? null : Locale.forLanguageTag(preferredLocaleTag);
    }

    /** The account's security version when this principal was issued: it is honoured while they match. */
    public long securityVersion() {
        return securityVersion;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(caller.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalPrincipal that && caller.userId().equals(that.caller.userId());
    }

    @Override
    public int hashCode() {
        return caller.userId().hashCode();
    }

    @Override
    public String toString() {
        return "PortalPrincipal[" + caller.username() + ", " + caller.role() + "]";
    }
}
