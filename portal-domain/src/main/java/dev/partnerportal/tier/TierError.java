package dev.partnerportal.tier;

import dev.partnerportal.shared.ErrorCode;

/** The ways a tier override or a change of tier requirements can be refused. */
public final class TierError {

    /** Argument: the tier code that does not exist. */
    public static final ErrorCode UNKNOWN_TIER = ErrorCode.invalid("tier.unknown-tier");
    /** The organization does not exist or the caller may not see it. */
    public static final ErrorCode ORGANIZATION_NOT_FOUND = ErrorCode.notFound("tier.organization-not-found");
    /** Argument: the longest reason allowed. */
    public static final ErrorCode REASON_REQUIRED = ErrorCode.invalid("tier.reason-required");
    public static final ErrorCode OVERRIDE_END_OUT_OF_RANGE = ErrorCode.invalid("tier.override-end-out-of-range");
    public static final ErrorCode ENTRY_TIER_HAS_NO_REQUIREMENTS = ErrorCode.invalid("tier.entry-tier-has-no-requirements");
    public static final ErrorCode DUPLICATE_REQUIREMENT = ErrorCode.invalid("tier.duplicate-requirement");
    public static final ErrorCode CERTIFICATION_MISMATCH = ErrorCode.invalid("tier.certification-mismatch");
    /** A won-amount requirement names an ISO currency; no other kind does. */
    public static final ErrorCode DEAL_CURRENCY_MISMATCH = ErrorCode.invalid("tier.deal-currency-mismatch");
    /** Arguments: the lowest and the highest minimum. */
    public static final ErrorCode MINIMUM_OUT_OF_RANGE = ErrorCode.invalid("tier.minimum-out-of-range");

    private TierError() {
    }
}
