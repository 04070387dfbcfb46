package dev.partnerportal.analytics;

import dev.partnerportal.shared.ErrorCode;

/** The ways an analytics request can be refused. */
public final class AnalyticsError {

    private AnalyticsError() {
    }

    /** The range ends before it starts. */
    public static final ErrorCode RANGE_REVERSED = ErrorCode.invalid("analytics.range-reversed");
    /** Argument: the longest range in days. */
    public static final ErrorCode RANGE_TOO_LONG = ErrorCode.invalid("analytics.range-too-long");
    /** The organization does not exist or the caller may not see it. */
    public static final ErrorCode ORGANIZATION_NOT_FOUND = ErrorCode.notFound("analytics.organization-not-found");
}
