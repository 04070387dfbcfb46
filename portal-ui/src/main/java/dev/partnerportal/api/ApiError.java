package dev.partnerportal.api;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** Refusals the API itself makes, before any feature is asked: paths and paging. */
enum ApiError implements ErrorCode {
    /** The thing does not exist, or the caller may not know that it does. */
    NOT_FOUND("api.not-found", ErrorKind.NOT_FOUND),
    /** Argument: the path that was asked for. */
    UNKNOWN_PATH("api.unknown-path", ErrorKind.NOT_FOUND),
    /** Argument: the largest page size. */
    PAGE_OUT_OF_RANGE("api.page-out-of-range", ErrorKind.INVALID),
    /** Argument: the deepest offset a page may start at. */
    OFFSET_TOO_DEEP("api.offset-too-deep", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    ApiError(String code, ErrorKind kind) {
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
