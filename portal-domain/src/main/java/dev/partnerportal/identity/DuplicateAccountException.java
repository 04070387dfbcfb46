package dev.partnerportal.identity;

/** An account with this email address exists already. */
public class DuplicateAccountException extends RuntimeException {

    public DuplicateAccountException() {
        super("An account with this email address exists already.");
    }
}
