package dev.partnerportal.relationship;

import dev.partnerportal.shared.ErrorCode;

/** The ways a relationship request (team, cadence, touchpoints) can be refused. */
public final class RelationshipError {

    /** The organization does not exist or the caller may not see it. */
    public static final ErrorCode ORGANIZATION_NOT_FOUND = ErrorCode.notFound("relationship.organization-not-found");
    /** The contact or next step does not exist or belongs to an organization the caller may not see. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("relationship.not-found");
    /** A vendor contact must be an enabled staff account. */
    public static final ErrorCode NOT_STAFF = ErrorCode.invalid("relationship.not-staff");
    /** A linked portal account must belong to the contact's organization. */
    public static final ErrorCode ACCOUNT_OF_ANOTHER_ORGANIZATION = ErrorCode.invalid("relationship.account-of-another-organization");
    /** Argument: the longest name allowed. */
    public static final ErrorCode NAME_REQUIRED = ErrorCode.invalid("relationship.name-required");
    /** Argument: the longest text allowed. */
    public static final ErrorCode TEXT_TOO_LONG = ErrorCode.invalid("relationship.text-too-long");
    public static final ErrorCode INVALID_EMAIL = ErrorCode.invalid("relationship.invalid-email");
    /** Arguments: the fewest and most weeks allowed. */
    public static final ErrorCode CADENCE_OUT_OF_RANGE = ErrorCode.invalid("relationship.cadence-out-of-range");
    public static final ErrorCode DUPLICATE_STEP = ErrorCode.invalid("relationship.duplicate-step");
    public static final ErrorCode DUPLICATE_CADENCE_KIND = ErrorCode.invalid("relationship.duplicate-cadence-kind");
    public static final ErrorCode TOUCHPOINT_IN_FUTURE = ErrorCode.invalid("relationship.touchpoint-in-future");
    /** Argument: the longest notes allowed. */
    public static final ErrorCode NOTES_REQUIRED = ErrorCode.invalid("relationship.notes-required");
    /** An attendee is not a staff account or not a contact of this organization. */
    public static final ErrorCode UNKNOWN_ATTENDEE = ErrorCode.invalid("relationship.unknown-attendee");
    /** Argument: the longest description allowed. */
    public static final ErrorCode NEXT_STEP_INCOMPLETE = ErrorCode.invalid("relationship.next-step-incomplete");

    private RelationshipError() {
    }
}
