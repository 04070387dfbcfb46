package dev.partnerportal.deal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a registration ran into when submitted, for staff only: another partner's registration (with its
 * organization, customer and state) or a direct account of the vendor (then {@code otherRegistration} is null).
 */
public record DealConflict(ConflictMatch matchedOn, @Nullable DealRegistrationId otherRegistration,
                           String otherOrganizationName, String otherCompany, String otherDomain,
                           @Nullable RegistrationStatus otherStatus, @Nullable LocalDate otherProtectedUntil) {

    public boolean directAccount() {
        return otherRegistration == null;
    }
}
