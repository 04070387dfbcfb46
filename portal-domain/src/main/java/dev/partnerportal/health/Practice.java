package dev.partnerportal.health;

import org.jspecify.annotations.Nullable;

/**
 * The practices that tell a partner from a vendor, each read from one component's score: present when the
 * component was measured and scores at least {@link #threshold()}. Thresholds: 60 where the component measures
 * the practice itself (cadence with strategy, breadth, escalation targets met, plan commitments on time); 50 for
 * product feedback, which shares the feedback-loop component with surveys and content feedback. "Reachable" is
 * read from a fact instead of a score: at least one person an escalation reaches
 * ({@link #REACHABLE_FACT}), however the targets went. Selling together needs deals, which the portal does not
 * record yet: never measured.
 */
public enum Practice {
    /** An escalation path whose response and resolution targets are met. */
    OWNS_PROBLEMS(HealthComponent.ESCALATIONS, 60),
    /** Conversations at the agreed cadence, strategy among the topics. */
    TALKS_STRATEGY(HealthComponent.CADENCE, 60),
    /** Product feedback and ideas reach the product team. */
    BRINGS_PRODUCT_FEEDBACK(HealthComponent.FEEDBACK_LOOP, 50),
    /** Relationships across departments on both sides. */
    BUILDS_RELATIONSHIPS(HealthComponent.BREADTH, 60),
    /** Someone to call when something breaks. */
    REACHABLE(HealthComponent.ESCALATIONS, 0),
    /** A joint plan whose 12-week commitments are kept. */
    PLANS_JOINTLY(HealthComponent.PLAN_EXECUTION, 60),
    /** Joint deals: not measured until the portal records deals. */
    SELLS_TOGETHER(null, 0);

    /** The escalation signal's count of people an escalation of the organization reaches. */
    public static final String REACHABLE_FACT = "escalation.health.fact.people-to-call";

    private final @Nullable HealthComponent component;
    private final int threshold;

    Practice(@Nullable HealthComponent component, int threshold) {
        this.component = component;
        this.threshold = threshold;
    }

    public @Nullable HealthComponent component() {
        return component;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether this practice shows in {@code health}. */
    public PracticeState readIn(HealthScore health) {
        if (component == null) {
            return PracticeState.NOT_MEASURED;
        }
        return health.component(component)
                .filter(ComponentHealth::measured)
                .filter(c -> this == REACHABLE
                        ? c.facts().stream().anyMatch(f -> f.labelKey().equals(REACHABLE_FACT) && f.value() > 0)
                        : c.score() >= threshold)
                .map(c -> PracticeState.PRESENT).orElse(PracticeState.MISSING);
    }

    /** Present, missing, or not measured yet. */
    public enum PracticeState { PRESENT, MISSING, NOT_MEASURED }
}
