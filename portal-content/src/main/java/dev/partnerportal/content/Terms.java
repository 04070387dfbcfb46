package dev.partnerportal.content;

import dev.partnerportal.shared.RuleViolation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Multi-valued fields stored as {@code |a|b|}: "contains a" is a portable {@code LIKE '%|a|%'} on H2 and
 * PostgreSQL alike, and an empty list is the empty string.
 */
final class Terms {

    static final int TERM_MAX_LENGTH = 60;

    private Terms() {
    }

    static String encode(List<String> terms) {
        var clean = normalize(terms);
        return clean.isEmpty() ? "" : "|" + String.join("|", clean) + "|";
    }

    static List<String> decode(String stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.substring(1, stored.length() - 1).split("\\|")).toList();
    }

    static String containsPattern(String term) {
        return "%|" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%";
    }

    /** Trimmed, de-duplicated terms; refuses empty, overlong or control characters and the separator. */
    static List<String> normalize(List<String> terms) {
        var clean = new LinkedHashSet<String>();
        for (var term : terms) {
            var value = term == null ? "" : term.strip();
            if (value.isEmpty() || value.length() > TERM_MAX_LENGTH || value.contains("|")
                    || value.chars().anyMatch(Character::isISOControl)) {
                throw new RuleViolation(ContentError.TERM_INVALID, printable(value), TERM_MAX_LENGTH);
            }
            clean.add(value);
        }
        return List.copyOf(clean);
    }

    static String printable(String value) {
        var builder = new StringBuilder();
        value.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                builder.append(String.format("\\u%04x", c));
            } else {
                builder.appendCodePoint(c);
            }
        });
        return builder.toString();
    }
}
