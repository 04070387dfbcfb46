package dev.partnerportal.identity;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right, but the person's organization requires single sign-on: the login form says to use
 * the company account, the token endpoint refuses like any other failed sign-in.
 */
public class PasswordSignInDisabledException extends AccountStatusException {

    PasswordSignInDisabledException() {
        super("Password sign-in is disabled for this organization");
    }
}
