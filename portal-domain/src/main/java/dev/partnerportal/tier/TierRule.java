package dev.partnerportal.tier;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A tier and what it requires. */
public record TierRule(String tierCode, String tierName, List<Requirement> requirements) {

    /** {@code certificationCode} names the certification for {@link RequirementKind#CERTIFIED_MEMBERS}, null otherwise. */
    public record Requirement(RequirementKind kind, int minimum, @Nullable String certificationCode,
                              @Nullable String dealCurrency) {

        /** The smallest minimum a requirement may ask for. */
        public static final int MIN_MINIMUM = 1;
        /** The largest minimum a requirement may ask for. */
        public static final int MAX_MINIMUM = 10_000;

        /** The largest minimum of {@link RequirementKind#DEALS_WON_AMOUNT}, in whole currency units. */
        public static final int MAX_AMOUNT_MINIMUM = 1_000_000_000;

        public Requirement(RequirementKind kind, int minimum) {
            this(kind, minimum, null, null);
        }

        public Requirement(RequirementKind kind, int minimum, @Nullable String certificationCode) {
            this(kind, minimum, certificationCode, null);
        }

        /** A deals-won requirement: a count, or (with a currency) a won amount in that currency. */
        public static Requirement dealsWon(int minimum, @Nullable String currency) {
            return currency == null ? new Requirement(RequirementKind.DEALS_WON, minimum)
                    : new Requirement(RequirementKind.DEALS_WON_AMOUNT, minimum, null, currency);
        }
    }
}
