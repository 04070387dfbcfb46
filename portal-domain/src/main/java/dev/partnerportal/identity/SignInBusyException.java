package dev.partnerportal.identity;

import java.time.Duration;

/**
 * Too many sign-ins are being checked at this moment: the attempt waited its turn for a password check as
 * long as allowed and gave up. Nothing was counted against the account or the address.
 */
public final class SignInBusyException extends SignInDeferredException {

    SignInBusyException(Duration retryAfter) {
        super("Too many sign-ins at this moment", retryAfter);
    }
}
