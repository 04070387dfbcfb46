package dev.partnerportal.shared;

/**
 * What kind of refusal a {@link RuleViolation} is: the API turns it into a status, the UI into the same kind
 * of notification for all of them. Says nothing about HTTP so the domain stays free of the web.
 */
public enum ErrorKind {
    /** The input breaks a rule of the program (a missing name, a date in the past). */
    INVALID("bad-request"),
    /** The thing does not exist, or the caller may not know that it does. */
    NOT_FOUND("not-found"),
    /** The input is fine but the state of the thing forbids it now (already answered, last administrator). */
    CONFLICT("conflict"),
    /** The caller may not do this to this thing. */
    FORBIDDEN("forbidden"),
    /** Too many attempts in a short time; try later. */
    TOO_MANY_REQUESTS("too-many-requests"),
    /** The portal cannot do it at the moment (an index rebuilding); try later. */
    UNAVAILABLE("unavailable");

    private final String problemType;

    ErrorKind(String problemType) {
        this.problemType = problemType;
    }

    /** The generic problem type for codes that do not name their own. */
    public String problemType() {
        return problemType;
    }
}
