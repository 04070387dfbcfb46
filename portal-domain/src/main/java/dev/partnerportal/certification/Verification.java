package dev.partnerportal.certification;

/** The answer to a verification lookup. */
public sealed interface Verification {

    record Found(VerifiedCertification certification) implements Verification {
    }

    /** No award has this code (or the code is malformed). */
    record Unknown() implements Verification {
    }

    /** This client looked up too many codes recently; nothing was looked up. */
    record TooManyLookups() implements Verification {
    }
}
