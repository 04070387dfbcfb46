package dev.partnerportal.health;

import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One organization's relationship health as of a day: score and components, which partner practices are present,
 * and the trend of the last {@link #TREND_LENGTH} snapshots, oldest first.
 */
public record OrganizationHealth(OrganizationId organization, String name, LocalDate asOf, HealthScore health,
                                 Map<Practice, Practice.PracticeState> practices, List<SnapshotPoint> trend) {

    /** How many snapshots the trend shows. */
    public static final int TREND_LENGTH = 12;

    public OrganizationHealth {
        practices = Map.copyOf(practices);
        trend = List.copyOf(trend);
    }

    static Map<Practice, Practice.PracticeState> practicesOf(HealthScore health) {
        var practices = new EnumMap<Practice, Practice.PracticeState>(Practice.class);
        for (var practice : Practice.values()) {
            practices.put(practice, practice.readIn(health));
        }
        return practices;
    }

    /** One snapshot's day and score. */
    public record SnapshotPoint(LocalDate takenOn, int score) {
    }
}
