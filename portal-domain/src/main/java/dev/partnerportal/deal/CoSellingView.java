package dev.partnerportal.deal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A co-selling request as the deal's partner and staff see it. */
public record CoSellingView(CoSellingRequestId id, DealRegistrationId deal, String organizationName,
                            String customerCompany, CoSellingKind kind, String notes, LocalDate wantedOn,
                            CoSellingStatus status, String requestedByName, Instant requestedAt,
                            @Nullable String assigneeName, @Nullable String declineReason) {

    public static final int NOTES_MAX_LENGTH = 2000;
    /** The furthest wanted date, in days from today. */
    public static final int MAX_WANTED_DAYS = 366;
}
