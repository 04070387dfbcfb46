package dev.partnerportal.relationship;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/** The checks every free-text field of this feature shares. */
final class Texts {

    private Texts() {
    }

    static @Nullable String optional(@Nullable String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new RuleViolation(RelationshipError.TEXT_TOO_LONG, maxLength);
        }
        return stripped;
    }

    static String required(@Nullable String text, int maxLength, ErrorCode error) {
        if (text == null || text.isBlank() || text.strip().length() > maxLength) {
            throw new RuleViolation(error, maxLength);
        }
        return text.strip();
    }
}
