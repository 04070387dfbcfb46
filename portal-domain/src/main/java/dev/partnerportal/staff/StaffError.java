package dev.partnerportal.staff;

import dev.partnerportal.shared.ErrorCode;

/** The ways a staff administration request can be refused. */
public final class StaffError {

    /** The change would leave no active administrator; published as problem type {@code last-administrator}. */
    public static final ErrorCode LAST_ADMINISTRATOR = ErrorCode.conflict("staff.last-administrator").publishedAs("last-administrator");
    /** A change names neither a role nor whether the person is active. */
    public static final ErrorCode EMPTY_CHANGE = ErrorCode.invalid("staff.empty-change");
    public static final ErrorCode STAFF_ROLE_REQUIRED = ErrorCode.invalid("staff.staff-role-required");
    /** An invited person becomes active by accepting the invitation, not by an administrator. */
    public static final ErrorCode INVITATION_PENDING = ErrorCode.invalid("staff.invitation-pending");
    /** Argument: the longest reason allowed. */
    public static final ErrorCode REASON_REQUIRED = ErrorCode.invalid("staff.reason-required");
    /** Only an active channel manager or administrator can be a partner manager. */
    public static final ErrorCode MANAGER_NOT_ELIGIBLE = ErrorCode.invalid("staff.manager-not-eligible");

    private StaffError() {
    }
}
