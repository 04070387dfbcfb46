package dev.partnerportal.certification;

import dev.partnerportal.shared.ErrorCode;

/** The ways a certification request can be refused. */
public final class CertificationError {

    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("certification.not-found");
    /** Arguments: the maximum length. */
    public static final ErrorCode NAME_LENGTH = ErrorCode.invalid("certification.name-length");
    /** Arguments: the most months. */
    public static final ErrorCode VALIDITY_RANGE = ErrorCode.invalid("certification.validity-range");
    public static final ErrorCode COURSE_REQUIRED = ErrorCode.invalid("certification.course-required");
    public static final ErrorCode TOO_MANY_COURSES = ErrorCode.invalid("certification.too-many-courses");
    /** A course code or quiz key is malformed. Arguments: the value, the maximum length. */
    public static final ErrorCode KEY_FORMAT = ErrorCode.invalid("certification.key-format");
    public static final ErrorCode ALREADY_REVOKED = ErrorCode.conflict("certification.already-revoked");
    /** Arguments: the maximum length. */
    public static final ErrorCode REASON_LENGTH = ErrorCode.invalid("certification.reason-length");
    /** The client has used up its verification lookups for now. */
    public static final ErrorCode TOO_MANY_LOOKUPS = ErrorCode.tooManyRequests("certification.too-many-lookups");

    private CertificationError() {
    }
}
