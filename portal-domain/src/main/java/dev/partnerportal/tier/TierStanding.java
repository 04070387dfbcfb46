package dev.partnerportal.tier;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an organization stands: its tier, an override if one applies, and what the next tier up asks for
 * with how far the organization is from each requirement.
 */
public record TierStanding(String tierCode, String tierName, @Nullable Override override, @Nullable String nextTierName,
                           List<Check> nextTierChecks) {

    public record Override(String tierName, String reason, LocalDate until) {
    }

    public record Check(RequirementKind kind, int minimum, int actual, @Nullable String certificationCode,
                        @Nullable String dealCurrency) {

        public Check(RequirementKind kind, int minimum, int actual, @Nullable String certificationCode) {
            this(kind, minimum, actual, certificationCode, null);
        }


        public Check(RequirementKind kind, int minimum, int actual) {
            this(kind, minimum, actual, null);
        }

        public boolean met() {
            return actual >= minimum;
        }
    }
}
