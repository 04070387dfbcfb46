package dev.partnerportal.certification;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Verification codes: 100 random bits from {@link SecureRandom} in Crockford's base 32 (no I, L, O, U), in
 * four groups of five, e.g. {@code 7K3QD-M2XWA-0RTZ5-HB9NE}. Unguessable, and easy to read out or type.
 */
final class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        var code = new StringBuilder(23);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
