package dev.partnerportal.notification;

import dev.partnerportal.shared.ErrorCode;

/** The ways reading, marking or choosing notifications, and unsubscribing, can be refused. */
public final class NotificationError {

    private NotificationError() {
    }

    /** The notification does not exist or is somebody else's. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("notification.not-found");
    /** Argument: the kind. Staff kinds are not offered to partners. */
    public static final ErrorCode KIND_NOT_OFFERED = ErrorCode.invalid("notification.kind-not-offered");
    /** The unsubscribe link is not one the portal signed, or its account no longer exists. */
    public static final ErrorCode UNSUBSCRIBE_LINK_INVALID = ErrorCode.invalid("notification.unsubscribe-link-invalid");
}
