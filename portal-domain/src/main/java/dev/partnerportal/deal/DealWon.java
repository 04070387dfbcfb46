package dev.partnerportal.deal;

import dev.partnerportal.shared.OrganizationId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A partner marked a deal won; published in the changing transaction, heard after it commits. */
public record DealWon(DealRegistrationId deal, OrganizationId organization, BigDecimal amount, String currency,
                      LocalDate wonOn) {
}
