package dev.partnerportal.api;

import dev.partnerportal.analytics.AnalyticsRange;
import dev.partnerportal.analytics.ChannelAnalytics;
import dev.partnerportal.analytics.PartnerEngagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Channel analytics for channel managers and administrators; partners and content editors get 403. */
@RestController
@Tag(name = "Analytics")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class AnalyticsController {

    private final ChannelAnalytics analytics;
    private final Clock clock;

    AnalyticsController(ChannelAnalytics analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    @Schema(description = "Engagement of partner organizations in a range of days (both included)")
    record Engagement(LocalDate from, LocalDate to, List<Organization> organizations) {
    }

    @Schema(description = "One organization: its people (enabled accounts) and how many different ones were active "
            + "in the range, in its last 7 days and in its last 30 days; activeShare is activeInRange / people in %")
    record Organization(long organizationId, String name, String tier, String region, long people, long activeInRange,
                        long weeklyActive, long monthlyActive, int activeShare) {
        static Organization of(PartnerEngagement e) {
            return new Organization(e.organizationId(), e.name(), e.tierName(), e.region(), e.people(),
                    e.activeInRange(), e.weeklyActive(), e.monthlyActive(), e.activeShare());
        }
    }

    @Operation(summary = "Engagement per partner organization",
            description = "Monthly and weekly active people and the share of each organization's people active, for "
                    + "the organizations the caller may see, highest share first. Without dates: the last 30 days. "
                    + "400 analytics.range-reversed or analytics.range-too-long; 403 for partners and content editors.")
    @GetMapping("/api/analytics/engagement")
    Engagement engagement(
            @Parameter(description = "First day, ISO date") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "Last day, ISO date") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        var range = AnalyticsRange.of(from, to, clock);
        return new Engagement(range.from(), range.to(),
                analytics.engagement(range).stream().map(Organization::of).toList());
    }
}
