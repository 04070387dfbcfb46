package dev.partnerportal.analytics;

import java.time.Instant;

/** NPS of one group (a company, a tier or a region) in one attributed wave. */
public record NpsRow(String group, String wave, Instant opensAt, int promoters, int passives, int detractors) {

    public int responses() {
        return promoters + passives + detractors;
    }

    /** Percentage of promoters minus percentage of detractors, rounded. */
    public int nps() {
        return responses() == 0 ? 0 : (int) Math.round((promoters - detractors) * 100.0 / responses());
    }
}
