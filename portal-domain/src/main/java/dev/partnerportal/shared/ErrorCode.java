package dev.partnerportal.shared;

import java.util.regex.Pattern;

/**
 * A stable name for one way a request can break a rule, such as {@code survey.already-answered}, and what kind
 * of refusal it is. Each feature declares its codes as constants of one class ({@code TierError.UNKNOWN_TIER});
 * the code is the API's {@code code} property and, prefixed with {@code error.}, the translation key of the
 * message people read. Codes never change meaning once shipped: API clients match on them.
 *
 * @param code        lower-case, dot-separated, feature first: {@code partner.name-taken}
 * @param problemType the last segment of the API problem's type URN ({@code urn:partnerportal:problem:<type>}):
 *                    the kind's generic type unless the code was published with a type of its own before codes
 *                    existed (see {@link #publishedAs})
 */
public record ErrorCode(String code, ErrorKind kind, String problemType) {

    private static final Pattern CODE = Pattern.compile("[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    public ErrorCode {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an error code is lower-case and dot-separated, feature first: " + code);
        }
    }

    public static ErrorCode invalid(String code) {
        return of(code, ErrorKind.INVALID);
    }

    public static ErrorCode notFound(String code) {
        return of(code, ErrorKind.NOT_FOUND);
    }

    public static ErrorCode conflict(String code) {
        return of(code, ErrorKind.CONFLICT);
    }

    public static ErrorCode forbidden(String code) {
        return of(code, ErrorKind.FORBIDDEN);
    }

    public static ErrorCode tooManyRequests(String code) {
        return of(code, ErrorKind.TOO_MANY_REQUESTS);
    }

    public static ErrorCode unavailable(String code) {
        return of(code, ErrorKind.UNAVAILABLE);
    }

    private static ErrorCode of(String code, ErrorKind kind) {
        return new ErrorCode(code, kind, kind.problemType());
    }

    /** The same code, answered under the problem type it was published with before codes existed. */
    public ErrorCode publishedAs(String type) {
        return new ErrorCode(code, kind, type);
    }

    /** The translation key of the message: {@code error.} followed by the code. */
    public String messageKey() {
        return "error." + code;
    }

    @Override
    public String toString() {
        return code;
    }
}
