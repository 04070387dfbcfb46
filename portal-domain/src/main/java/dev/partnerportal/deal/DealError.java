package dev.partnerportal.deal;

import dev.partnerportal.shared.ErrorCode;

/** The ways a deal registration, a stage change, a decision or a co-selling request can be refused. */
public final class DealError {

    /** The registration does not exist or the caller may not see it. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("deal.not-found");
    /** Argument: the longest company name. */
    public static final ErrorCode COMPANY_REQUIRED = ErrorCode.invalid("deal.company-required");
    /** The web domain is not a domain name such as example.com. */
    public static final ErrorCode DOMAIN_INVALID = ErrorCode.invalid("deal.domain-invalid");
    /** The country is not an ISO 3166 two-letter code. */
    public static final ErrorCode COUNTRY_INVALID = ErrorCode.invalid("deal.country-invalid");
    /** Arguments: the most products and the longest product name. */
    public static final ErrorCode PRODUCTS_INVALID = ErrorCode.invalid("deal.products-invalid");
    /** An amount is positive, with at most two decimals, below the largest amount. */
    public static final ErrorCode AMOUNT_INVALID = ErrorCode.invalid("deal.amount-invalid");
    /** The currency is not an ISO 4217 code. */
    public static final ErrorCode CURRENCY_INVALID = ErrorCode.invalid("deal.currency-invalid");
    /** Argument: the furthest close date in years. */
    public static final ErrorCode CLOSE_DATE_INVALID = ErrorCode.invalid("deal.close-date-invalid");
    /** Argument: the longest notes. */
    public static final ErrorCode NOTES_TOO_LONG = ErrorCode.invalid("deal.notes-too-long");
    /** A new registration starts in an open stage. */
    public static final ErrorCode STAGE_INVALID = ErrorCode.invalid("deal.stage-invalid");
    /** Won or lost deals and rejected registrations are read-only. */
    public static final ErrorCode CLOSED = ErrorCode.conflict("deal.closed");
    /** Only an approved registration can be won. */
    public static final ErrorCode NOT_APPROVED = ErrorCode.conflict("deal.not-approved");
    /** Winning needs the final amount in the registration's currency. */
    public static final ErrorCode FINAL_AMOUNT_REQUIRED = ErrorCode.invalid("deal.final-amount-required");
    /** Argument: the longest reason. */
    public static final ErrorCode REASON_REQUIRED = ErrorCode.invalid("deal.reason-required");
    /** The registration was decided already. */
    public static final ErrorCode ALREADY_DECIDED = ErrorCode.conflict("deal.already-decided");
    /** Only an approved, open registration can ask for more protection, once at a time. */
    public static final ErrorCode EXTENSION_NOT_POSSIBLE = ErrorCode.conflict("deal.extension-not-possible");
    /** There is no extension request to decide. */
    public static final ErrorCode NO_EXTENSION_REQUESTED = ErrorCode.conflict("deal.no-extension-requested");
    /** The change asks for nothing. */
    public static final ErrorCode NOTHING_TO_CHANGE = ErrorCode.invalid("deal.nothing-to-change");
    /** The co-selling request does not exist or the caller may not see it. */
    public static final ErrorCode CO_SELLING_NOT_FOUND = ErrorCode.notFound("deal.co-selling-not-found");
    /** Argument: the longest notes. */
    public static final ErrorCode CO_SELLING_NOTES_REQUIRED = ErrorCode.invalid("deal.co-selling-notes-required");
    /** The wanted date is today or later, within a year. */
    public static final ErrorCode CO_SELLING_DATE_INVALID = ErrorCode.invalid("deal.co-selling-date-invalid");
    /** The assignee is not an active vendor staff account. */
    public static final ErrorCode CO_SELLING_ASSIGNEE_INVALID = ErrorCode.invalid("deal.co-selling-assignee-invalid");
    /** Arguments: the current and the requested status. */
    public static final ErrorCode CO_SELLING_TRANSITION = ErrorCode.conflict("deal.co-selling-transition");
    /** A direct account needs a company, a domain and a protection end between tomorrow and five years ahead. */
    public static final ErrorCode DIRECT_ACCOUNT_INVALID = ErrorCode.invalid("deal.direct-account-invalid");

    private DealError() {
    }
}
