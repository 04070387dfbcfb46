package dev.partnerportal.tier;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A tier and what it requires. */
public record TierRule(String tierCode, String tierName, List<Requirement> requirements) {

    /** {@code certificationCode} names the certification for {@link RequirementKind#CERTIFIED_MEMBERS}, null otherwise. */
    public record Requirement(RequirementKind kind, int minimum, @Nullable String certificationCode) {

        /** The smallest minimum a requirement may ask for. */
        public static final int MIN_MINIMUM = 1;
        /** The largest minimum a requirement may ask for. */
        public static final int MAX_MINIMUM = 10_000;

        public Requirement(RequirementKind kind, int minimum) {
            this(kind, minimum, null);
        }
    }
}
