package dev.partnerportal.plan;

/** Where a plan version stands: written, put forward for approval, approved by the partner manager. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED
}
