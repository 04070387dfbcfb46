package dev.partnerportal.identity;

import dev.partnerportal.shared.ErrorCode;

/** The ways a request about accounts, invitations, passwords and teams can be refused. */
public final class IdentityError {

    /** Arguments: the shortest and the longest password allowed. */
    public static final ErrorCode PASSWORD_LENGTH = ErrorCode.invalid("identity.password-length");
    /** The account's role or password changed while a new password was being set. */
    public static final ErrorCode ACCOUNT_CHANGED = ErrorCode.conflict("identity.account-changed");
    /** Argument: the longest display name allowed. */
    public static final ErrorCode DISPLAY_NAME_LENGTH = ErrorCode.invalid("identity.display-name-length");
    public static final ErrorCode LANGUAGE_UNUSABLE = ErrorCode.invalid("identity.language-unusable");
    public static final ErrorCode STAFF_ROLE_REQUIRED = ErrorCode.invalid("identity.staff-role-required");
    public static final ErrorCode PARTNER_ROLE_REQUIRED = ErrorCode.invalid("identity.partner-role-required");
    public static final ErrorCode OWN_ROLE = ErrorCode.invalid("identity.own-role");
    public static final ErrorCode OWN_DEACTIVATION = ErrorCode.invalid("identity.own-deactivation");
    /** An invited person has no password yet, so only accepting the invitation activates them. */
    public static final ErrorCode INVITATION_PENDING = ErrorCode.conflict("identity.invitation-pending");
    /** Published as problem type {@code duplicate-account}. */
    public static final ErrorCode DUPLICATE_ACCOUNT = ErrorCode.conflict("identity.duplicate-account").publishedAs("duplicate-account");
    /** Unknown, expired or used: the reason is not told apart. */
    public static final ErrorCode LINK_INVALID = ErrorCode.invalid("identity.link-invalid");

    private IdentityError() {
    }
}
