package dev.partnerportal.plan;

/**
 * The written sections of a joint plan and the side that writes each. The partner owns its business: objectives,
 * market, its strategies, people and resources. The vendor writes how it supports that, with whom and what it
 * invests, and the return it expects from the joint investment. The measurable objectives themselves are kept as
 * a list ({@link PlanObjective}), written by the partner.
 */
public enum PlanSection {
    TARGET_MARKET(PlanSide.PARTNER),
    PARTNER_STRATEGIES(PlanSide.PARTNER),
    PARTNER_ROLES(PlanSide.PARTNER),
    PARTNER_RESOURCES(PlanSide.PARTNER),
    VENDOR_STRATEGIES(PlanSide.VENDOR),
    VENDOR_ROLES(PlanSide.VENDOR),
    VENDOR_RESOURCES(PlanSide.VENDOR),
    EXPECTED_RETURN(PlanSide.VENDOR);

    /** The longest section: the whole plan must fit one printed page. */
    public static final int MAX_LENGTH = 600;
    /** The side that writes the objectives. */
    public static final PlanSide OBJECTIVES_SIDE = PlanSide.PARTNER;

    private final PlanSide side;

    PlanSection(PlanSide side) {
        this.side = side;
    }

    public PlanSide side() {
        return side;
    }
}
