package dev.partnerportal.partner;

/** A program level (Registered, Silver, Gold, ...) as other features see it; a higher {@code rank} is a higher tier. */
public record ProgramTier(long id, String code, String name, int rank) {

    /** The longest tier code. */
    public static final int CODE_MAX_LENGTH = PartnerTier.CODE_MAX_LENGTH;

    static ProgramTier of(PartnerTier tier) {
        return new ProgramTier(tier.getId(), tier.getCode(), tier.getName(), tier.getRank());
    }
}
