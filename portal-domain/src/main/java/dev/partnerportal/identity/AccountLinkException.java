package dev.partnerportal.identity;

/** A one-time link that cannot be used: unknown, expired, or already used. The reason is not told apart. */
public class AccountLinkException extends RuntimeException {

    public AccountLinkException() {
        super("This link is not valid any more.");
    }
}
