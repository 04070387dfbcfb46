package dev.partnerportal.mdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A claim with its reimbursement status and proof files. */
public record ClaimView(long id, UUID fundRequestId, BigDecimal actualCost, String currency, ClaimStatus status,
                        @Nullable String reason, Instant submittedAt, @Nullable Instant paidAt, List<ProofInfo> proofs) {
}
