package dev.partnerportal.productaccess;

import dev.partnerportal.shared.ErrorCode;

/** The ways a product access request, approval or rejection can be refused. */
public final class ProductAccessError {

    private ProductAccessError() {
    }

    /** The request does not exist or belongs to an organization the caller may not see. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("productaccess.not-found");
    /** Argument: the longest product name. */
    public static final ErrorCode PRODUCT_REQUIRED = ErrorCode.invalid("productaccess.product-required");
    /** Argument: the longest purpose. */
    public static final ErrorCode PURPOSE_REQUIRED = ErrorCode.invalid("productaccess.purpose-required");
    /** Argument: the longest list of people. */
    public static final ErrorCode PEOPLE_REQUIRED = ErrorCode.invalid("productaccess.people-required");
    /** Argument: the longest access in days. An expiry lies after today and at most that far ahead. */
    public static final ErrorCode EXPIRY_OUT_OF_RANGE = ErrorCode.invalid("productaccess.expiry-out-of-range");
    /** Argument: the longest reason. */
    public static final ErrorCode REASON_REQUIRED = ErrorCode.invalid("productaccess.reason-required");
    /** Only a request still waiting for a decision can be approved or rejected. */
    public static final ErrorCode ALREADY_DECIDED = ErrorCode.conflict("productaccess.already-decided");
}
