package dev.partnerportal.search;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways a search request can be refused (the UI clamps instead; API clients are told). */
public enum SearchError implements ErrorCode {
    PAGE_NEGATIVE("search.page-negative"),
    /** Arguments: the largest page size. */
    SIZE_RANGE("search.size-range"),
    /** Arguments: how many results can be paged to. */
    BEYOND_RESULTS("search.beyond-results"),
    /** Arguments: the maximum length. */
    QUERY_TOO_LONG("search.query-too-long"),
    /** Arguments: the parameter, its allowed values. */
    UNKNOWN_VALUE("search.unknown-value");

    private final String code;

    SearchError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID;
    }
}
