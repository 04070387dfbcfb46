package dev.partnerportal.staff;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;

/** One of the vendor's own people, as the staff page and API show them. */
public record StaffMember(UserId id, String email, String displayName, Role role, Status status) {

    /** {@code WITHDRAWN} only answers a change: a withdrawn invitation is gone from the list. */
    public enum Status { ACTIVE, INVITED, DEACTIVATED, WITHDRAWN }

    static StaffMember of(UserAccount user) {
        var status = user.invitationPending() ? Status.INVITED : user.enabled() ? Status.ACTIVE : Status.DEACTIVATED;
        return new StaffMember(user.id(), user.email(), user.displayName(), user.role(), status);
    }

    StaffMember withdrawn() {
        return new StaffMember(id, email, displayName, role, Status.WITHDRAWN);
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
