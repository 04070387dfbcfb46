package dev.partnerportal.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registration as its partner and the staff see it. It never names another partner: conflicts are in
 * {@link DealDetail#conflicts()}, which only staff receive.
 *
 * @param protectedUntil the last day of protection, null before approval
 * @param protectedNow   approved and the protection has not ended (a closed deal keeps its last state)
 */
public record DealSummary(DealRegistrationId id, long organizationId, String organizationName, String customerCompany,
                          String customerDomain, String country, List<String> products, BigDecimal estimatedValue,
                          String currency, LocalDate expectedClose, DealStage stage, RegistrationStatus status,
                          Instant submittedAt, @Nullable String decisionReason, @Nullable LocalDate protectedUntil,
                          boolean protectedNow, boolean extensionRequested, @Nullable String extensionReason,
                          @Nullable BigDecimal finalAmount, @Nullable String lostReason, @Nullable LocalDate closedOn,
                          @Nullable String notes, String registeredByName) {

    /** Won, lost or rejected: nothing more changes. */
    public boolean closed() {
        return stage.closed() || status == RegistrationStatus.REJECTED;
    }
}
