package dev.partnerportal.deal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A change to an open deal: a new stage, new notes, or both. {@link DealStage#WON} needs {@code finalAmount}
 * (in the registration's currency), {@link DealStage#LOST} a {@code lostReason}.
 */
public record DealChange(@Nullable DealStage stage, @Nullable BigDecimal finalAmount, @Nullable String lostReason,
                         @Nullable String notes) {
}
