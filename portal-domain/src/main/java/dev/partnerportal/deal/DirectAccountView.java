package dev.partnerportal.deal;

import java.time.LocalDate;

/** A customer the vendor's direct team owns until {@code protectedUntil}. */
public record DirectAccountView(long id, String company, String domain, LocalDate protectedUntil, String addedByName) {

    /** The furthest protection end, in years from today. */
    public static final int MAX_PROTECTION_YEARS = 5;
}
