package dev.partnerportal.shared;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated person on whose behalf a service method runs. Partner callers always carry their
 * organization; services scope partner-owned data to it.
 */
public record Caller(UserId userId, String username, Role role, @Nullable OrganizationId organizationId) implements java.io.Serializable {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role.isPartnerRole() != (organizationId != null)) {
            throw new IllegalArgumentException("partner roles need an organization, staff roles none");
        }
    }

    public boolean isStaff() {
        return !role.isPartnerRole();
    }

    public Optional<OrganizationId> organization() {
        return Optional.ofNullable(organizationId);
    }

    /** True when this caller may see data owned by {@code owner}: staff see all, partners their own only. */
    public boolean mayAccess(OrganizationId owner) {
        return isStaff() || owner.equals(organizationId);
    }

    /** Implemented by authenticated principals so that services can find the {@link Caller}. */
    public interface Source {
        Caller caller();
    }
}
