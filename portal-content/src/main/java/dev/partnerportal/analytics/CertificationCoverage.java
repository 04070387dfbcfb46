package dev.partnerportal.analytics;

/**
 * One organization's certifications today: its people, how many hold at least one valid certification, and how
 * many valid awards expire within 30, 60 and 90 days (each count includes the shorter windows).
 */
public record CertificationCoverage(long organizationId, String name, long people, long certifiedPeople,
                                    long expiringIn30, long expiringIn60, long expiringIn90) {

    /** Share of people certified in whole percent (0 without people). */
    public int coverage() {
        return people == 0 ? 0 : (int) Math.round(Math.min(certifiedPeople, people) * 100.0 / people);
    }
}
