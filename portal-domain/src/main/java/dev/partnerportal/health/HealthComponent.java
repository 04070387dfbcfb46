package dev.partnerportal.health;

/** The parts a relationship's health is made of; administrators weigh them. */
public enum HealthComponent {
    /** Touchpoints held against the agreed cadence, strategy among the topics. */
    CADENCE,
    /** Departments covered and people engaged on both sides. */
    BREADTH,
    /** Surveys answered, NPS, product feedback and content feedback. */
    FEEDBACK_LOOP,
    /** Open escalations and response and resolution targets met. */
    ESCALATIONS,
    /** Certified people and onboarding progress. */
    ENABLEMENT,
    /** People active in the portal in the last 30 days. */
    ENGAGEMENT,
    /** Joint-plan commitments done on time. */
    PLAN_EXECUTION
}
