package dev.partnerportal.mdf;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a partner asks funds for. The cost is in the currency of the allocation of the quarter the activity
 * starts in; the activity ends within that quarter.
 */
public record NewFundRequest(ActivityType activityType, String title, String plan, BigDecimal cost, int expectedLeads,
                             LocalDate startsOn, LocalDate endsOn) {

    public static final int TITLE_MAX_LENGTH = 150;
    public static final int PLAN_MAX_LENGTH = 4000;
    public static final int EXPECTED_LEADS_MAX = 100_000;
}
