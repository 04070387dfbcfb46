package dev.partnerportal.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request broke a rule of the program. Carries a stable {@link ErrorCode} and the arguments its message
 * needs, never text for people: the API maps it to a problem body in one place, the UI to a translated
 * message in one place. Thrown before anything is written, so a refused request changes nothing.
 *
 * <p>Features may subclass it where callers react to one refusal specially ({@code SurveyClosedException});
 * the subclass still carries a code.
 */
public class RuleViolation extends RuntimeException {

    private final ErrorCode error;
    private final List<@Nullable Object> arguments;

    public RuleViolation(ErrorCode error, @Nullable Object... arguments) {
        super(error.code() + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)), null, false, false);
        this.error = error;
        this.arguments = Arrays.asList(arguments.clone());
    }

    public ErrorCode error() {
        return error;
    }

    public String code() {
        return error.code();
    }

    public ErrorKind kind() {
        return error.kind();
    }

    /** The message arguments, in the order the translation's {@code {0}}, {@code {1}} ... use them. */
    public Object[] arguments() {
        return arguments.toArray();
    }

    /** Extra facts a client can act on (for example the ids of unanswered questions); empty by default. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
