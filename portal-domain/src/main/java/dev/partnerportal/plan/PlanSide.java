package dev.partnerportal.plan;

import dev.partnerportal.shared.Caller;
import java.util.Optional;

/** The two sides of a joint plan: the vendor's staff and the partner organization's people. */
public enum PlanSide {
    VENDOR,
    PARTNER;

    /**
     * The side whose plan sections and commitments {@code caller} may change: partner administrators the partner's,
     * channel managers and administrators the vendor's; empty for everyone else (partner users, content editors).
     */
    public static Optional<PlanSide> editableBy(Caller caller) {
        return switch (caller.role()) {
            case PARTNER_ADMIN -> Optional.of(PARTNER);
            case ADMIN, CHANNEL_MANAGER -> Optional.of(VENDOR);
            case PARTNER_USER, CONTENT_EDITOR -> Optional.empty();
        };
    }

    /** The side {@code caller} belongs to, whatever they may change. */
    public static PlanSide of(Caller caller) {
        return caller.role().isPartnerRole() ? PARTNER : VENDOR;
    }

}
