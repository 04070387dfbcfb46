package dev.partnerportal.onboarding;

import java.util.List;

/** An organization's onboarding journey and how far along it is. */
public record Journey(List<JourneyStep> steps) {

    public int total() {
        return steps.size();
    }

    public int done() {
        return (int) steps.stream().filter(JourneyStep::done).count();
    }

    public int overdue() {
        return (int) steps.stream().filter(JourneyStep::overdue).count();
    }

    /** Share of steps done, 0 to 1; an empty journey counts as complete. */
    public double progress() {
        return steps.isEmpty() ? 1.0 : (double) done() / total();
    }

    public boolean complete() {
        return done() == total();
    }
}
