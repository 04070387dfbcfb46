package dev.partnerportal.throttle;

/** What a counter counts; a key is only ever compared with keys of its own kind. */
public enum ThrottleKind {
    /** Failed sign-ins, per login from one address and per address. */
    SIGN_IN,
    /** Partner applications submitted from one address. */
    PARTNER_APPLICATION,
    /** Public certificate lookups from one address. */
    CERTIFICATE_VERIFICATION
}
