package dev.partnerportal.identity;

/**
 * Limits for passwords. Long passphrases are welcome: Argon2id hashes the whole input, so nothing is
 * silently truncated (unlike bcrypt's 72 bytes). The upper bound only keeps hashing cost bounded.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** True when a password of this length may be set; logins with longer input fail like any wrong password. */
    public static boolean acceptableLength(CharSequence password) {
        return password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }
}
