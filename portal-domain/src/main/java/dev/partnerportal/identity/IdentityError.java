package dev.partnerportal.identity;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;
import org.jspecify.annotations.Nullable;

/** The ways a request about accounts, invitations, passwords and teams can be refused. */
public enum IdentityError implements ErrorCode {
    /** Arguments: the shortest and the longest password allowed. */
    PASSWORD_LENGTH("identity.password-length", ErrorKind.INVALID),
    /** The account's role or password changed while a new password was being set. */
    ACCOUNT_CHANGED("identity.account-changed", ErrorKind.CONFLICT),
    /** Argument: the longest display name allowed. */
    DISPLAY_NAME_LENGTH("identity.display-name-length", ErrorKind.INVALID),
    LANGUAGE_UNUSABLE("identity.language-unusable", ErrorKind.INVALID),
    STAFF_ROLE_REQUIRED("identity.staff-role-required", ErrorKind.INVALID),
    PARTNER_ROLE_REQUIRED("identity.partner-role-required", ErrorKind.INVALID),
    OWN_ROLE("identity.own-role", ErrorKind.INVALID),
    OWN_DEACTIVATION("identity.own-deactivation", ErrorKind.INVALID),
    /** An invited person has no password yet, so only accepting the invitation activates them. */
    INVITATION_PENDING("identity.invitation-pending", ErrorKind.CONFLICT),
    /** Published as problem type {@code duplicate-account}. */
    DUPLICATE_ACCOUNT("identity.duplicate-account", ErrorKind.CONFLICT, "duplicate-account"),
    /** Unknown, expired or used: the reason is not told apart. */
    LINK_INVALID("identity.link-invalid", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;
    private final @Nullable String problemType;

    IdentityError(String code, ErrorKind kind) {
        this(code, kind, null);
    }

    IdentityError(String code, ErrorKind kind, @Nullable String problemType) {
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
