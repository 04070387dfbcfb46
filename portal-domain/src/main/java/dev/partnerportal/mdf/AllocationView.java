package dev.partnerportal.mdf;

import java.math.BigDecimal;

/** An allocation as people see it: the amount, what approved requests reserved, and what is still free. */
public record AllocationView(long id, long organizationId, String organizationName, FiscalQuarter quarter,
                             BigDecimal amount, BigDecimal reserved, BigDecimal free, String currency) {
}
