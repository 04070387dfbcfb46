package dev.partnerportal.relationship;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways a relationship request (team, cadence, touchpoints) can be refused. */
public enum RelationshipError implements ErrorCode {
    /** The organization does not exist or the caller may not see it. */
    ORGANIZATION_NOT_FOUND("relationship.organization-not-found", ErrorKind.NOT_FOUND),
    /** The contact or next step does not exist or belongs to an organization the caller may not see. */
    NOT_FOUND("relationship.not-found", ErrorKind.NOT_FOUND),
    /** A vendor contact must be an enabled staff account. */
    NOT_STAFF("relationship.not-staff", ErrorKind.INVALID),
    /** A linked portal account must belong to the contact's organization. */
    ACCOUNT_OF_ANOTHER_ORGANIZATION("relationship.account-of-another-organization", ErrorKind.INVALID),
    /** Argument: the longest name allowed. */
    NAME_REQUIRED("relationship.name-required", ErrorKind.INVALID),
    /** Argument: the longest text allowed. */
    TEXT_TOO_LONG("relationship.text-too-long", ErrorKind.INVALID),
    INVALID_EMAIL("relationship.invalid-email", ErrorKind.INVALID),
    /** Arguments: the fewest and most weeks allowed. */
    CADENCE_OUT_OF_RANGE("relationship.cadence-out-of-range", ErrorKind.INVALID),
    DUPLICATE_STEP("relationship.duplicate-step", ErrorKind.INVALID),
    DUPLICATE_CADENCE_KIND("relationship.duplicate-cadence-kind", ErrorKind.INVALID),
    TOUCHPOINT_IN_FUTURE("relationship.touchpoint-in-future", ErrorKind.INVALID),
    /** Argument: the longest notes allowed. */
    NOTES_REQUIRED("relationship.notes-required", ErrorKind.INVALID),
    /** An attendee is not a staff account or not a contact of this organization. */
    UNKNOWN_ATTENDEE("relationship.unknown-attendee", ErrorKind.INVALID),
    /** Argument: the longest description allowed. */
    NEXT_STEP_INCOMPLETE("relationship.next-step-incomplete", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    RelationshipError(String code, ErrorKind kind) {
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
