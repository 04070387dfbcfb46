package dev.partnerportal.deal;

import dev.partnerportal.shared.OrganizationId;
import org.jspecify.annotations.Nullable;

/** Narrows a pipeline to one organization and/or one stage; partners are always narrowed to their own. */
public record PipelineFilter(@Nullable OrganizationId organization, @Nullable DealStage stage) {

    public static final PipelineFilter ALL = new PipelineFilter(null, null);
}
