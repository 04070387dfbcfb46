package dev.partnerportal.staff;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;
import org.jspecify.annotations.Nullable;

/** The ways a staff administration request can be refused. */
public enum StaffError implements ErrorCode {
    /** The change would leave no active administrator; published as problem type {@code last-administrator}. */
    LAST_ADMINISTRATOR("staff.last-administrator", ErrorKind.CONFLICT, "last-administrator"),
    /** A change names neither a role nor whether the person is active. */
    EMPTY_CHANGE("staff.empty-change", ErrorKind.INVALID),
    STAFF_ROLE_REQUIRED("staff.staff-role-required", ErrorKind.INVALID),
    /** An invited person becomes active by accepting the invitation, not by an administrator. */
    INVITATION_PENDING("staff.invitation-pending", ErrorKind.INVALID),
    /** Argument: the longest reason allowed. */
    REASON_REQUIRED("staff.reason-required", ErrorKind.INVALID),
    /** Only an active channel manager or administrator can be a partner manager. */
    MANAGER_NOT_ELIGIBLE("staff.manager-not-eligible", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;
    private final @Nullable String problemType;

    StaffError(String code, ErrorKind kind) {
        this(code, kind, null);
    }

    StaffError(String code, ErrorKind kind, @Nullable String problemType) {
        this.code = code;
        this.kind = kind;
        this.problemType = problemType;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }

    @Override
    public String problemType() {
        return problemType != null ? problemType : kind.problemType();
    }
}
