package dev.partnerportal.analytics;

import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.DayRange;
import dev.partnerportal.activity.QueryUse;
import dev.partnerportal.activity.TrainingSteps;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything analytics knows about one organization in a range, counting its own people only. */
public record PartnerAnalytics(PartnerEngagement engagement, DayRange range, Map<LocalDate, Long> activePerDay,
                               Map<ActivityKind, Long> eventsByKind, List<ContentPerformance> content,
                               List<QueryUse> queries, TrainingSteps training, CertificationCoverage certifications,
                               List<NpsRow> nps) {
}
