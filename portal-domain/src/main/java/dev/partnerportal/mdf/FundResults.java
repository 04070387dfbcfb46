package dev.partnerportal.mdf;

import java.util.UUID;

/**
 * What one feature attributes to a fund request (leads it brought, deals it led to). Every bean of this type
 * is asked and the answers are added up, so each feature reports only its own part. Checks no caller: it is
 * asked only after the caller was allowed to see the fund request.
 */
public interface FundResults {

    /** This feature's part of the results of the fund request with this id; {@link Attributed#NONE} when none. */
    Attributed attributedTo(UUID fundRequestId);
}
