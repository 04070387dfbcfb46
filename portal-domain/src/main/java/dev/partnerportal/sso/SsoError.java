package dev.partnerportal.sso;

import dev.partnerportal.shared.ErrorCode;

/** The ways configuring a provider or signing in through one can be refused. */
public final class SsoError {

    private SsoError() {
    }

    /** The organization does not exist or the caller may not see it. */
    public static final ErrorCode ORGANIZATION_NOT_FOUND = ErrorCode.notFound("sso.organization-not-found");
    /** The organization has registered no identity provider. */
    public static final ErrorCode NOT_CONFIGURED = ErrorCode.notFound("sso.not-configured");
    /** Argument: the longest issuer address. */
    public static final ErrorCode ISSUER_INVALID = ErrorCode.invalid("sso.issuer-invalid");
    /** Argument: the longest client id. */
    public static final ErrorCode CLIENT_ID_REQUIRED = ErrorCode.invalid("sso.client-id-required");
    /** Argument: the longest client secret. */
    public static final ErrorCode CLIENT_SECRET_REQUIRED = ErrorCode.invalid("sso.client-secret-required");
    /** Argument: the most domains. */
    public static final ErrorCode DOMAINS_REQUIRED = ErrorCode.invalid("sso.domains-required");
    /** Argument: the domain that is not a domain name. */
    public static final ErrorCode DOMAIN_INVALID = ErrorCode.invalid("sso.domain-invalid");
    /** Argument: the domain another organization has registered already. */
    public static final ErrorCode DOMAIN_TAKEN = ErrorCode.conflict("sso.domain-taken");
    /** Argument: the longest group name. */
    public static final ErrorCode ADMIN_GROUP_TOO_LONG = ErrorCode.invalid("sso.admin-group-too-long");
    /** The portal has no key to encrypt client secrets with (portal.sso.secret-key). */
    public static final ErrorCode SECRET_KEY_MISSING = ErrorCode.unavailable("sso.secret-key-missing");

    /** The provider did not confirm that the person owns the e-mail address. */
    public static final ErrorCode EMAIL_UNVERIFIED = ErrorCode.forbidden("sso.email-unverified");
    /** Argument: the e-mail domain, which is not one of the organization's domains. */
    public static final ErrorCode DOMAIN_NOT_ALLOWED = ErrorCode.forbidden("sso.domain-not-allowed");
    /** The address belongs to an account of another organization (or to staff, or staff to a partner). */
    public static final ErrorCode OTHER_ORGANIZATION = ErrorCode.forbidden("sso.other-organization");
    /** The claims carry none of the groups that map to a staff role. */
    public static final ErrorCode NO_STAFF_ROLE = ErrorCode.forbidden("sso.no-staff-role");
    /** A password account exists: it links only after signing in with the password first. */
    public static final ErrorCode LINK_REQUIRED = ErrorCode.conflict("sso.link-required");
    /** The account is deactivated. */
    public static final ErrorCode ACCOUNT_DISABLED = ErrorCode.forbidden("sso.account-disabled");
    /** The identity token does not come from the provider registered for this sign-in. */
    public static final ErrorCode ISSUER_MISMATCH = ErrorCode.forbidden("sso.issuer-mismatch");
    /** The provider's answer was refused before the portal looked at the person (state, nonce, token checks). */
    public static final ErrorCode PROVIDER_REFUSED = ErrorCode.forbidden("sso.provider-refused");
}
