package dev.partnerportal.staff;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways a staff administration request can be refused. */
public enum StaffError implements ErrorCode {
    /** The change would leave no active administrator; published as problem type {@code last-administrator}. */
    LAST_ADMINISTRATOR("staff.last-administrator", ErrorKind.CONFLICT, "last-administrator");

    private final String code;
    private final ErrorKind kind;
    private final String problemType;

    StaffError(String code, ErrorKind kind, String problemType) {
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
        return problemType;
    }
}
