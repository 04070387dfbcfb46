package dev.partnerportal.relationship;

/** One step of an escalation path: a vendor function or the partner manager. */
public enum EscalationStep {
    SALES, SOLUTIONS_ENGINEERING, SUPPORT, MARKETING, EXECUTIVE_SPONSOR, PARTNER_MANAGER;

    /** Who to call when nothing else was agreed: support first, then the partner manager, then the sponsor. */
    public static final java.util.List<EscalationStep> DEFAULT_PATH = java.util.List.of(SUPPORT, PARTNER_MANAGER, EXECUTIVE_SPONSOR);
}
