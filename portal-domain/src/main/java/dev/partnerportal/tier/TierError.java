package dev.partnerportal.tier;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways a tier override or a change of tier requirements can be refused. */
public enum TierError implements ErrorCode {
    /** Argument: the tier code that does not exist. */
    UNKNOWN_TIER("tier.unknown-tier", ErrorKind.INVALID),
    /** The organization does not exist or the caller may not see it. */
    ORGANIZATION_NOT_FOUND("tier.organization-not-found", ErrorKind.NOT_FOUND),
    /** Argument: the longest reason allowed. */
    REASON_REQUIRED("tier.reason-required", ErrorKind.INVALID),
    OVERRIDE_END_OUT_OF_RANGE("tier.override-end-out-of-range", ErrorKind.INVALID),
    ENTRY_TIER_HAS_NO_REQUIREMENTS("tier.entry-tier-has-no-requirements", ErrorKind.INVALID),
    DUPLICATE_REQUIREMENT("tier.duplicate-requirement", ErrorKind.INVALID),
    CERTIFICATION_MISMATCH("tier.certification-mismatch", ErrorKind.INVALID),
    /** Arguments: the lowest and the highest minimum. */
    MINIMUM_OUT_OF_RANGE("tier.minimum-out-of-range", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    TierError(String code, ErrorKind kind) {
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
