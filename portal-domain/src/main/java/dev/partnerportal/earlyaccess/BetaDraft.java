package dev.partnerportal.earlyaccess;

import dev.partnerportal.partner.PartnerType;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What staff fill in to open a beta. No minimum tier and no partner types mean every partner is eligible.
 */
public record BetaDraft(String name, String description, @Nullable String minimumTierCode, Set<PartnerType> partnerTypes,
                        int capacity, LocalDate startsOn, LocalDate endsOn) {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    public static final int MAX_CAPACITY = 500;

    public BetaDraft {
        partnerTypes = Set.copyOf(partnerTypes);
    }
}
