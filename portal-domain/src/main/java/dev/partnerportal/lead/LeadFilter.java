package dev.partnerportal.lead;

import org.jspecify.annotations.Nullable;

/** Staff's filter on the lead list; null parts do not filter. Partners' lists ignore it. */
public record LeadFilter(@Nullable LeadStatus status, @Nullable Long organizationId, @Nullable String text) {

    public static final LeadFilter NONE = new LeadFilter(null, null, null);
}
