package dev.partnerportal.search;

import dev.partnerportal.shared.ErrorCode;

/** The ways a search request can be refused (the UI clamps instead; API clients are told). */
public final class SearchError {

    public static final ErrorCode PAGE_NEGATIVE = ErrorCode.invalid("search.page-negative");
    /** Arguments: the largest page size. */
    public static final ErrorCode SIZE_RANGE = ErrorCode.invalid("search.size-range");
    /** Arguments: how many results can be paged to. */
    public static final ErrorCode BEYOND_RESULTS = ErrorCode.invalid("search.beyond-results");
    /** Arguments: the maximum length. */
    public static final ErrorCode QUERY_TOO_LONG = ErrorCode.invalid("search.query-too-long");
    /** Arguments: the parameter, its allowed values. */
    public static final ErrorCode UNKNOWN_VALUE = ErrorCode.invalid("search.unknown-value");

    private SearchError() {
    }
}
