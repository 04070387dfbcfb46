package dev.partnerportal.certification;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways a certification request can be refused. */
public enum CertificationError implements ErrorCode {
    NOT_FOUND("certification.not-found", ErrorKind.NOT_FOUND),
    /** Arguments: the maximum length. */
    NAME_LENGTH("certification.name-length", ErrorKind.INVALID),
    /** Arguments: the most months. */
    VALIDITY_RANGE("certification.validity-range", ErrorKind.INVALID),
    COURSE_REQUIRED("certification.course-required", ErrorKind.INVALID),
    TOO_MANY_COURSES("certification.too-many-courses", ErrorKind.INVALID),
    /** A course code or quiz key is malformed. Arguments: the value, the maximum length. */
    KEY_FORMAT("certification.key-format", ErrorKind.INVALID),
    ALREADY_REVOKED("certification.already-revoked", ErrorKind.CONFLICT),
    /** Arguments: the maximum length. */
    REASON_LENGTH("certification.reason-length", ErrorKind.INVALID),
    /** The client has used up its verification lookups for now. */
    TOO_MANY_LOOKUPS("certification.too-many-lookups", ErrorKind.TOO_MANY_REQUESTS);

    private final String code;
    private final ErrorKind kind;

    CertificationError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
