package dev.partnerportal.identity;

import dev.partnerportal.shared.RuleViolation;

/** An account with this email address exists already. */
public class DuplicateAccountException extends RuleViolation {

    public DuplicateAccountException() {
        super(IdentityError.DUPLICATE_ACCOUNT);
    }
}
