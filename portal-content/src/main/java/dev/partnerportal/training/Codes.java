package dev.partnerportal.training;

import dev.partnerportal.shared.RuleViolation;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Stable codes (course codes, quiz keys) and the '|a|b|' encoding of ordered lists. */
final class Codes {

    static final int MAX_LENGTH = CourseForm.CODE_MAX_LENGTH;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private Codes() {
    }

    static String check(String value, String what) {
        var stripped = value.strip();
        if (!CODE.matcher(stripped).matches()) {
            throw new RuleViolation(TrainingError.CODE_FORMAT, stripped, MAX_LENGTH);
        }
        return stripped;
    }

    static String encode(List<?> values) {
        return values.isEmpty() ? "" : "|" + String.join("|", values.stream().map(String::valueOf).toList()) + "|";
    }

    static List<String> decode(String encoded) {
        return Arrays.stream(encoded.split("\\|")).filter(s -> !s.isEmpty()).toList();
    }

    static List<Long> decodeIds(String encoded) {
        return decode(encoded).stream().map(Long::valueOf).toList();
    }
}
