package dev.partnerportal.shared;

/**
 * A stable name for one way a request can break a rule, such as {@code survey.already-answered}. Each feature
 * declares its codes as an enum implementing this interface; the code is the API's {@code code} property and,
 * prefixed with {@code error.}, the translation key of the message people read. Codes never change meaning
 * once shipped: API clients match on them.
 */
public interface ErrorCode {

    /** Lower-case, dot-separated, feature first: {@code partner.name-taken}. */
    String code();

    ErrorKind kind();

    /**
     * The last segment of the API problem's type URN ({@code urn:partnerportal:problem:<type>}); the kind's
     * generic type unless the code was published with a type of its own before codes existed.
     */
    default String problemType() {
        return kind().problemType();
    }

    /** The translation key of the message: {@code error.} followed by the code. */
    default String messageKey() {
        return "error." + code();
    }
}
