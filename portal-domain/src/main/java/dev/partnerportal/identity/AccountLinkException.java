package dev.partnerportal.identity;

import dev.partnerportal.shared.RuleViolation;

/** A one-time link that cannot be used: unknown, expired, or already used. The reason is not told apart. */
public class AccountLinkException extends RuleViolation {

    public AccountLinkException() {
        super(IdentityError.LINK_INVALID);
    }
}
