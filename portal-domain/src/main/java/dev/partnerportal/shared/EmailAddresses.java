package dev.partnerportal.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The one rule for turning what someone typed into a login name. */
public final class EmailAddresses {

    /** The longest address SMTP allows in a path, and the login name column's size. */
    public static final int MAX_LENGTH = 254;

    // Deliberately simple: one @, something on each side, a dot in the domain, no spaces. Mail delivery proves the rest.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {
    }

    /** Trims and lower-cases an address; throws when it is not shaped like an email address. */
    public static String normalize(String email) {
        var normalized = Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
        if (normalized.length() > MAX_LENGTH || !SHAPE.matcher(normalized).matches()) {
            throw new RuleViolation(SharedError.EMAIL_INVALID);
        }
        return normalized;
    }

    /** The lookup key for a typed login name: trimmed and lower-cased, without validating its shape. */
    public static String loginKey(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }
}
