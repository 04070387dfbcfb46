package dev.partnerportal.api;

import dev.partnerportal.shared.ErrorCode;

/** Refusals the API itself makes, before any feature is asked: paths and paging. */
final class ApiError {

    /** The thing does not exist, or the caller may not know that it does. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("api.not-found");
    /** Argument: the path that was asked for. */
    public static final ErrorCode UNKNOWN_PATH = ErrorCode.notFound("api.unknown-path");
    /** Argument: the largest page size. */
    public static final ErrorCode PAGE_OUT_OF_RANGE = ErrorCode.invalid("api.page-out-of-range");
    /** Argument: the deepest offset a page may start at. */
    public static final ErrorCode OFFSET_TOO_DEEP = ErrorCode.invalid("api.offset-too-deep");

    private ApiError() {
    }
}
