package dev.partnerportal.identity;

import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;

/** A person in the caller's partner organization, as the team page shows them. */
public record TeamMember(UserId id, String email, String displayName, Role role, Status status) {

    public enum Status { ACTIVE, INVITED, DEACTIVATED }

    static TeamMember of(PortalUser user) {
        var status = user.isInvitationPending() ? Status.INVITED : user.isEnabled() ? Status.ACTIVE : Status.DEACTIVATED;
        return new TeamMember(user.id(), user.getEmail(), user.getDisplayName(), user.getRole(), status);
    }
}
