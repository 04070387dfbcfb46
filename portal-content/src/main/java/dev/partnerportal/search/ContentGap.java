package dev.partnerportal.search;

import java.time.LocalDate;

/** A query that found nothing, how often it was searched in the period, and when last. */
public record ContentGap(String query, long searches, LocalDate lastSearched) {
}
