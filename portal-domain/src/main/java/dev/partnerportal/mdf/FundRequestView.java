package dev.partnerportal.mdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A fund request with its claims and the results attributed to it so far. */
public record FundRequestView(UUID id, long organizationId, String organizationName, FiscalQuarter quarter,
                              ActivityType activityType, String title, String plan, BigDecimal cost, String currency,
                              int expectedLeads, LocalDate startsOn, LocalDate endsOn, FundRequestStatus status,
                              @Nullable String reason, Instant requestedAt, List<ClaimView> claims,
                              FundRequestResults results) {
}
