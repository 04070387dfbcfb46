package dev.partnerportal.content;

import java.time.Instant;

/** One entry of an item's history: which save, by whom, when, and what kind of save it was. */
public record RevisionSummary(int revision, String savedBy, Instant savedAt, String note) {
}
