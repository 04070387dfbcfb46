package dev.partnerportal.tier;

import java.util.List;

/** A tier and what it requires. */
public record TierRule(String tierCode, String tierName, List<Requirement> requirements) {

    public record Requirement(RequirementKind kind, int minimum) {
    }
}
