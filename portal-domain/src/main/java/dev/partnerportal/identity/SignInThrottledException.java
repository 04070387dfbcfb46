package dev.partnerportal.identity;

import java.time.Duration;

/**
 * Too many failed sign-ins came from this address, or for this login from this address: refused before the
 * password is checked. Unknown logins are counted like known ones, so this reveals nothing about which
 * accounts exist.
 */
public final class SignInThrottledException extends SignInDeferredException {

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins", retryAfter);
    }
}
