package dev.partnerportal.earlyaccess;

import dev.partnerportal.partner.PartnerType;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A beta as staff and eligible partners see it, with how many organizations take part and wait. */
public record BetaSummary(BetaId id, String name, String description, @Nullable String minimumTierName,
                          Set<PartnerType> partnerTypes, int capacity, LocalDate startsOn, LocalDate endsOn,
                          long participants, long pending) {

    /** True while places are left. */
    public boolean hasRoom() {
        return participants < capacity;
    }
}
