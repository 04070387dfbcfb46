package dev.partnerportal.content;

import dev.partnerportal.shared.ErrorCode;

/** The ways subscribing to an industry news feed can be refused. */
public final class NewsFeedError {

    private NewsFeedError() {
    }

    /** Not an http(s) address, or one the portal may not reach (its own machine or a private network). */
    public static final ErrorCode ADDRESS_REFUSED = ErrorCode.invalid("newsfeed.address-refused");
    /** Argument: the longest name. */
    public static final ErrorCode NAME_REQUIRED = ErrorCode.invalid("newsfeed.name-required");
    /** The portal is already subscribed to this address. */
    public static final ErrorCode ALREADY_SUBSCRIBED = ErrorCode.conflict("newsfeed.already-subscribed");
    /** No such subscription. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("newsfeed.not-found");
}
